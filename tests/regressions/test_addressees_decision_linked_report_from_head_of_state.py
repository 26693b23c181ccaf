"""Three readings of who is asked. A decision with a linking phrase before its "that" is read from the "that":
"and decides in this regard that all States shall notify the Committee" names States (heldout7 S/RES/1803
(2008) op 3), "Decides in this regard that the total number of ad litem judges serving at the International
Tribunal may" a thing (the Council). A report asked of the one it comes from asks that one only, not whom it
is about or for: "Requests within 90 days a further report from the Director General of the IAEA on whether
Iran has established ... to the IAEA Board of Governors" (heldout7 S/RES/1803 op 18), "Requests an update by
15 September 2023 from the African Union and the Government of Somalia on" (S/RES/2687 (2023) op 41). "Him"
after a State named by its head is that State: "notes the commitment by the President of Yemen to sign ...
and encourages him" (heldout7 S/RES/2014 (2011) op 4).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1737 (2006),\n\n1. "

CASES = [
    (
        "Calls upon all States to exercise vigilance, and decides in this regard that all States shall notify the "
        "Committee of the entry into their territories of the persons designated;",
        [("calls-upon", {"States"}), ("decides", {"States"})],
    ),
    (
        "Decides in this regard that the total number of ad litem judges serving at the International Tribunal may "
        "temporarily exceed the maximum of twelve;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Requests within 90 days a further report from the Director General of the IAEA on whether Iran has "
        "established full and sustained suspension of all activities, to the IAEA Board of Governors and in "
        "parallel to the Security Council for its consideration;",
        [("requests", {"IAEA"})],
    ),
    (
        "Requests an update by 15 September 2023 from the African Union and the Government of Somalia on their "
        "preparations for Phase 2 drawdown;",
        [("requests", {"AfricanUnion", "state:SOM"})],
    ),
    (
        "Calls on all parties in Yemen to commit themselves to a political settlement, notes the commitment by the "
        "President of Yemen to immediately sign the initiative and encourages him to do so;",
        [("calls-upon", {"PartiesToConflict"}), ("encourages", {"state:YEM"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_who_is_asked(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
