"""Addressee words heldout37 read that the vocabulary lacked or misread: "relevant humanitarian organizations of the
United Nations system" (A/RES/79/140 ops 51, 53 and the Assembly's yearly humanitarian texts: HumanitarianActors, as
"United Nations humanitarian organizations", not UNSystemEntities beside them), "all relevant individuals and
institutions" (op 63: the institutions Stakeholders, as "all concerned individuals and institutions" of the CERF
paragraph), "the international community and national actors" (A/RES/80/211 op 12: Stakeholders, as "regional and
national actors", heldout11 A/HRC/RES/59/12 op 20) and "relevant international financing institutions" (A/RES/78/148
op 13: InternationalFinancialInstitutions, as "funding institutions"). Not taken: the system's organizations without
"humanitarian" (UNSystemEntities), "international actors" alone (InternationalCommunity), "private sector financing
institutions" among the roles the Sendai texts recognize (no verb's addressee)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Requests Member States, relevant humanitarian organizations of the United Nations system and other relevant "
        "humanitarian actors to promote gender equality and the empowerment of women in all stages of humanitarian "
        "response;",
        [("requests", ("MemberStates", "HumanitarianActors"))],
    ),
    (
        "Encourages Member States, the private sector and all relevant individuals and institutions to consider "
        "increasing their voluntary contributions to country-based pooled funds;",
        [("encourages", ("MemberStates", "CivilSociety", "Stakeholders"))],
    ),
    (
        "Calls upon all Member States, and invites the private sector and all concerned individuals and institutions, to "
        "consider increasing their voluntary contributions to the Central Emergency Response Fund;",
        [("calls-upon", ("MemberStates",)), ("invites", ("CivilSociety", "Stakeholders"))],
    ),
    (
        "Expresses its appreciation for the fact that an increasing number of States have adopted domestic legislation, "
        "and encourages the international community and national actors to provide financial support and cooperation "
        "to Governments, upon request, in this regard;",
        [("encourages", ("InternationalCommunity", "Stakeholders"))],
    ),
    (
        "Invites the organizations of the United Nations system and other international organizations, relevant "
        "international financing institutions, multilateral and bilateral donors and the private sector to further "
        "coordinate their efforts;",
        [
            (
                "invites",
                (
                    "UNSystemEntities",
                    "InternationalOrganizations",
                    "InternationalFinancialInstitutions",
                    "Donors",
                    "CivilSociety",
                ),
            )
        ],
    ),
    # (not taken: the system's organizations, not its humanitarian ones; international actors alone; national actors
    # not asked)
    (
        "Requests the organizations of the United Nations system to support the Government;",
        [("requests", ("UNSystemEntities",))],
    ),
    (
        "Calls upon all regional and international actors to continue their efforts;",
        [("calls-upon", ("RegionalPartners", "InternationalCommunity"))],
    ),
    (
        "Recognizes the primary responsibility of the Government and other national actors to create propitious "
        "conditions, and requests the Secretary-General to report;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_words_of_heldout37(text, expected):
    r = snippet("The General Assembly,\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert sorted(mandates(r, "verb", "addressees")) == sorted(expected)
