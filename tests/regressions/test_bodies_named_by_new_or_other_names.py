"""../shared/corpus-full: bodies and groups named in words the vocabulary lacked (actors.yaml, data), found among the
mandates whose text names an addressee the extractor did not (scripts/mandate_stats.py --named-only): the Peacebuilding
Support Office by its 2025 name (A/RES/80/267 op 9), "Special Political Missions and Peacekeeping Operations"
capitalised (S/RES/2171 (2014) op 10), "tourism enterprises" (A/RES/75/223 op 3), "the Independent Mechanism" in a
text that named it before only in lower case (A/RES/74/246 op 6: IIIM, as the golds read the Myanmar mechanism), and
the spellings of non-profit organizations stop 51's review found unread."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 73/1,\n\n1. "
HRC_PRE = "The Human Rights Council,\n\nRecalling its resolution 55/1,\n\n1. "

CASES = [
    (
        GA + "Encourages the Peacebuilding Commission to further strengthen its relationship with the African Union, "
        "and in this regard requests the Peacebuilding and Peace Support Office to further strengthen its cooperation "
        "with the African Union Centre for Post-Conflict Reconstruction and Development;",
        [("encourages", ("PeacebuildingCommission",)), ("requests", ("PBSO",))],
    ),
    (
        SC + "Encourages field-based Special Political Missions and Peacekeeping Operations to enhance their "
        "assessment and analysis capabilities to prevent relapse into conflict within their existing mandates;",
        [("encourages", ("PeaceOperations",))],
    ),
    (
        GA + "Invites the World Tourism Organization to continue its work, and encourages tourism enterprises to "
        "adopt the Global Code of Ethics for Tourism;",
        [("invites", ("UNWTO",)), ("encourages", ("TourismSector",))],
    ),
    (
        GA + "Welcomes the first report of the ongoing independent mechanism established by the Human Rights Council;"
        "\n\n2. Urges the Independent Mechanism to swiftly advance its work;",
        [("urges", ("IIIM",))],
    ),
    (
        SC + "Calls upon States to work cooperatively with not-for-profit organizations to prevent their abuse;",
        [("calls-upon", ("States",))],
    ),
    (
        GA + "Calls upon not-for-profit organisations and the non-profit sector to use their knowledge;",
        [("calls-upon", ("CivilSociety",))],
    ),
    # its name in the Myanmar texts (review52-B): "the Independent Mechanism for Myanmar" (A/HRC/RES/56/1)
    (
        HRC_PRE + "Urges the United Nations, including the Office of the United Nations High Commissioner for Human "
        "Rights and the Independent Mechanism for Myanmar, to continue its investigative efforts;",
        [("urges", ("UNSystemEntities", "OHCHR", "IIIM"))],
    ),
    # not taken: "the Independent Mechanism" after another mechanism's name is that one, not the Myanmar fallback
    # (review52-B: the Afghanistan mechanism, A/HRC/RES/60/2); a known limit: a mechanism whose short forms the
    # vocabulary lacks ("the International Independent Expert Mechanism ..." then "the Independent Mechanism") still
    # gives IIIM
    (
        HRC_PRE + "Welcomes the establishment of an ongoing independent investigative mechanism for Afghanistan;\n\n2. "
        "Requests the Independent Mechanism to report to the Council on its work;",
        [("requests", ("InvestigativeMechanismAfghanistan",))],
    ),
    # not taken: a singular "non-profit organization" in apposition describes the one named, no party of its own
    (
        GA + "Invites the Internet Society, a non-profit organization, to continue its work;",
        [("invites", ())],
    ),
    (
        GA + "Invites the Internet Society, a not-for-profit organisation, to continue its work;",
        [("invites", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bodies_named_by_new_or_other_names(text, expected):
    assert mandates(snippet(text + "\n"), "verb", "addressees") == expected
