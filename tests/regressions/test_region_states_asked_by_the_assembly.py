"""The General Assembly's (or ECOSOC's) "States of the region" are States: its resolutions on a region (regional
disarmament centres, the Mediterranean, Central Asia, the Middle East zone free of nuclear weapons, the Gulf of
Guinea) ask the region's own States, as the two Assembly golds with the wording read them (heldout5 A/RES/79/5
op 9, heldout9 A/RES/77/84 op 4). The Security Council's stay regional partners
(test_addressee_states_of_a_region.py), and so do the Assembly's other names of partners ("regional countries",
"neighbouring States", "regional and international partners of Afghanistan")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "1. Encourages all States of the region and all other regions to cooperate in efforts towards sustaining "
        "peace in the Central Asian zone;",
        [("encourages", {"States"})],
    ),
    (
        "GA",
        "1. Invites all States of the region to continue to take part in the activities of the Regional Centre;",
        [("invites", {"States"})],
    ),
    (
        "GA",
        "1. Calls upon all States of the Mediterranean region that have not yet done so to adhere to all the "
        "multilaterally negotiated legal instruments;",
        [("calls-upon", {"States"})],
    ),
    (
        "GA",
        "1. Calls upon all regional countries to facilitate trade and transit;",
        [("calls-upon", {"RegionalPartners"})],
    ),
    (
        "SC",
        "1. Calls upon all the parties and the States of the region to cooperate fully with the Secretary-General;",
        [("calls-upon", {"PartiesToConflict", "RegionalPartners"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_region_states_asked_by_the_assembly(organ, text, expected):
    r = resolution(text, date="2024-10-24", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
