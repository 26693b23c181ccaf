"""The States of a region named by it are the region's States: "Urges Sahel and Maghreb States to enhance
interregional cooperation" (heldout35 S/RES/2100 (2013) op 29 and S/RES/2056 (2012) op 23: the gold's RegionalPartners,
as "States of the region") was read as States (the vocabulary's "States"). Now an alias of RegionalPartners. Not taken:
the same States singled out among Member States ("all Member States, notably Sahel and Maghreb States", heldout3
S/RES/2085 (2012) op 30: MemberStates alone)."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 2085 (2012),\n\n1. "

CASES = [
    (
        "Urges Sahel and Maghreb States to enhance interregional cooperation and coordination in order to develop "
        "inclusive and effective strategies to combat the activities of terrorist groups;",
        [("urges", ("RegionalPartners",))],
    ),
    # the region's other wordings (review53-B 4)
    (
        "Urges Sahel, West Africa and Maghreb States to enhance interregional cooperation;",
        [("urges", ("RegionalPartners",))],
    ),
    (
        "Urges Sahel States to enhance interregional cooperation;",
        [("urges", ("RegionalPartners",))],
    ),
    # (not taken: some of the Member States)
    (
        "Urges all Member States, notably Sahel and Maghreb States, to coordinate their efforts;",
        [("urges", ("MemberStates",))],
    ),
    (
        "Calls upon Member States, notably Sahel, West Africa and Maghreb States, to enhance cooperation;",
        [("calls-upon", ("MemberStates",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_regions_states_named_by_it(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
