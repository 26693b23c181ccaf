"""Bodies the heldout43 annotators named that the vocabulary lacked (tests/mandate_gold/heldout43/README.md, "The
misses"): the World Organisation for Animal Health, an intergovernmental organization outside the United Nations
system (InternationalOrganizations), and the Global Leaders Group on Antimicrobial Resistance, a named group no id
covered (GlobalLeadersGroupAMR, heldout43's new id), both lost from A/RES/78/269 ops 8 and 13; and a guard: the World
Health Organization stays the United Nations' own (UNFundsProgrammes)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 71/3,\n\n1. "

CASES = [
    (  # A/RES/78/269 op 8
        "Invites the United Nations system, including funds, programmes and specialized agencies, including the World "
        "Health Organization, the United Nations Environment Programme as well as the World Organisation for Animal "
        "Health, the Global Leaders Group on Antimicrobial Resistance, the Inter-Parliamentary Union, regional "
        "commissions and relevant envoys of the Secretary-General, to participate in the high-level meeting;",
        [
            (
                "invites",
                {
                    "UNSystemEntities",
                    "UNFundsProgrammes",
                    "InternationalOrganizations",
                    "GlobalLeadersGroupAMR",
                    "IPU",
                    "SpecialEnvoys",
                },
            )
        ],
    ),
    (  # A/RES/78/269 op 13, the head of the organization; the American spelling of other texts
        "Encourages the Secretary-General, the Director General of the World Health Organization and the Director "
        "General of the World Organisation for Animal Health to give the highest visibility to the high-level meeting, "
        "and invites the World Organization for Animal Health to contribute;",
        [
            ("encourages", {"SecretaryGeneral", "UNFundsProgrammes", "InternationalOrganizations"}),
            ("invites", {"InternationalOrganizations"}),
        ],
    ),
    (  # guard: the World Health Organization alone
        "Invites the World Health Organization to support Member States;",
        [("invites", {"UNFundsProgrammes"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bodies_the_vocabulary_lacked_heldout43(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
