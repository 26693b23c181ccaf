"""Addressee fault the fourth held-out set found (tests/mandate_gold/heldout4; issue 12): "Encourages
Member States, including countries in the region, to provide security support" (S/RES/2743 (2024) op 25)
and "Encourages all Member States, including designating States and States of residence" (S/RES/2253
(2015) op 72) gave ['MemberStates', 'States']: the States named after "including" are some of the
Member States named before, no other addressee (as "notably Sahel and Maghreb States", "in particular
designating States" already were). A body of another kind named after "including" is still an
addressee of its own ("all States, including Libya", "the international community, including Member
States", "all parties, including the Government").
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        SC,
        "Encourages Member States, including countries in the region, to provide security support to the "
        "Haitian National Police;",
        [("encourages", {"MemberStates"})],
    ),
    (
        SC,
        "Encourages all Member States, including designating States and States of residence, nationality, "
        "location or incorporation, to inform the Committee;",
        [("encourages", {"MemberStates"})],
    ),
    # the region's States are some of the States too: "all States, particularly those in the region" (held-out
    # S/RES/2123 op 19, heldout4 S/RES/1980 ops 3, 12, 23, heldout6 S/RES/2136 ops 8, 22, 26, 28: States alone;
    # after a State, "including Libya and countries of the region", they are named, held-out S/RES/2362 op 16)
    (
        SC,
        "Calls upon all States, including countries of the region, to cooperate fully with the Panel;",
        [("calls-upon", {"States"})],
    ),
    (
        SC,
        "Calls upon all States, including Libya, to cooperate fully with the Panel;",
        [("calls-upon", {"States", "state:LBY"})],
    ),
    (
        GA,
        "Calls upon the international community, including Member States, to support the Office;",
        [("calls-upon", {"InternationalCommunity", "MemberStates"})],
    ),
    (
        GA,
        "Encourages all relevant stakeholders, including the United Nations system and civil society "
        "organizations, to contribute to the review;",
        [("encourages", {"Stakeholders", "UNSystemEntities", "CivilSociety"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_states_including_some_states(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
