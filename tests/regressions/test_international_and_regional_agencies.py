"""Agencies of no one system, "international agencies", "regional agencies" and the two coordinated, are
international organizations (issue 12, heldout15 A/RES/77/145 op 12: "calls upon Member States and
international and regional agencies to contribute to the Fund", read as Member States alone, and the
same paragraph of the Tokelau resolutions of every session; "Encourages international agencies to take
necessary steps", S/RES/2087 (2013) op 11, read as asking no one). The aliases are data (actors.yaml);
agencies of the United Nations system stay UNSystemEntities, and a partner after "in cooperation with"
is still no addressee. "Regional agencies" alone is no alias: "the relevant United Nations regional
commissions and agencies" (E/RES/2023/29 op 7) would split into one.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    (
        GA,
        "Calls upon Member States and international and regional agencies to contribute to the Fund;",
        [("calls-upon", {"MemberStates", "InternationalOrganizations"})],
    ),
    (
        SC,
        "Encourages international agencies to take necessary steps;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (
        SC,
        "Urges Member States and international agencies and organizations to provide support;",
        [("urges", {"MemberStates", "InternationalOrganizations"})],
    ),
    (
        GA,
        "Calls upon States, in cooperation with international agencies and other stakeholders, to protect them;",
        [("calls-upon", {"States"})],
    ),
    (
        # (no "regional agencies" of its own: "regional" of "United Nations regional commissions and agencies",
        # E/RES/2023/29 op 7, is the United Nations')
        GA,
        "Invites the relevant United Nations regional commissions and agencies to undertake biennial reviews;",
        [("invites", {"UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_international_and_regional_agencies(head, text, expected):
    r = snippet(head + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
