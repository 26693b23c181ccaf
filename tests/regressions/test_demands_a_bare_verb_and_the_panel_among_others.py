"""Fifth held-out gold (tests/mandate_gold/heldout5). "demands all parties allow full, safe, and unhindered
humanitarian access for the personnel of United Nations humanitarian agencies and other humanitarian
actors" (S/RES/2615 (2021) op 3), "further demands the TGNU immediately cease obstructing international and
national humanitarian actors" (S/RES/2406 (2018) op 2): "that" left out, the addressees are the subject of
the bare verb, not the bodies its object names (they were asked too). Read only where the window opens with
a name and no infinitive follows ("its demand for the full implementation of Security Council resolution
1860" and "full compliance by all Member States with the arms embargo" stay as they were). "Requests the
GFRS, UNODC and the Panel to continue exchanging information" (S/RES/2713 (2023) op 11): "the Panel" among
others is the panel the document is about (it was asked only when named alone)."""

import pytest

from tests.snippets import mandates, resolution

PANEL = (
    "1. Decides to extend until 15 December 2024 the mandate of the Panel of Experts on Somalia as set out in "
    "paragraph 11 of resolution 2444 (2018);\n\n"
)

CASES = [
    (
        "3. Calls on all parties to respect the human rights of all individuals, and demands all parties allow full, "
        "safe, and unhindered humanitarian access for the personnel of United Nations humanitarian agencies and "
        "other humanitarian actors regardless of gender;",
        [("calls-upon", ("PartiesToConflict",)), ("demands", ("PartiesToConflict",))],
    ),
    (
        "2. Demands that the parties comply with their obligations, and further demands the TGNU of South Sudan "
        "immediately cease obstructing international and national humanitarian actors from assisting civilians;",
        [("demands", ("PartiesToConflict",)), ("demands", ("state:SSD",))],
    ),
    (
        # a demand all the same, of the agent of a nominal activity (test_nominal_activity_agent_asked.py)
        "5. Demands full compliance by all Member States with the arms embargo imposed by resolution 1970 (2011);",
        [("demands", ("MemberStates",))],
    ),
    (
        PANEL + "11. Requests the GFRS, UNODC and the Panel to continue exchanging information about Al-Shabaab’s "
        "operations;",
        [("decides", ("SecurityCouncil",)), ("requests", ("state:SOM", "UNODC", "PanelOfExperts2444"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_demands_a_bare_verb_and_the_panel_among_others(text, expected):
    r = resolution(text, date="2023-12-01")
    assert mandates(r, "verb", "addressees") == expected
