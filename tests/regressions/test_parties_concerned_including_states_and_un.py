""" "All parties concerned, including" States or United Nations bodies are the stakeholders, not the parties to a
conflict: "Encourages all parties concerned, including Member States, United Nations programmes and funds, as well
as financial institutions to support ... the development and strengthening of the capacities of national
institutions" (heldout15 S/RES/2764 (2024) op 8, and S/RES/2143 (2014), 2225 (2015), 2427 (2018) before it), "Calls
again upon all parties concerned, including United Nations bodies, to consider implementing the recommendations made
by the commission of inquiry" (heldout3 A/HRC/RES/58/17 op 20): Stakeholders and every member of the list after
"including" (actors.yaml, Stakeholders). "All parties concerned" with no such list stays the parties to a conflict
(the golds' S/RES/1559 (2004) op 6, heldout15 S/RES/2764 op 2), and so do "all parties concerned, including non-State
parties" (S/RES/1296 (2000) op 12) and "all parties, including armed groups".
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 55/21,\n\n1. "

CASES = [
    (
        SC,
        "Encourages all parties concerned, including Member States, United Nations programmes and funds, as well as "
        "financial institutions to support, as appropriate, bearing in mind national ownership, the development and "
        "strengthening of the capacities of national institutions;",
        [("encourages", {"Stakeholders", "MemberStates", "UNFundsProgrammes", "InternationalFinancialInstitutions"})],
    ),
    (
        HRC,
        "Calls again upon all parties concerned, including United Nations bodies, to consider implementing the "
        "recommendations made by the commission of inquiry in its report;",
        [("calls-upon", {"Stakeholders", "UNSystemEntities"})],
    ),
    # guards: no list of States or United Nations bodies, the parties to a conflict
    (
        SC,
        "Calls upon all parties concerned to cooperate fully and urgently with the Security Council;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # S/RES/1296 (2000) op 12: the parties of a conflict, non-State ones among them
        SC,
        "Calls upon all parties concerned, including non‑State parties, to ensure the security of humanitarian "
        "personnel;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Urges all parties, including armed groups and national security forces, to end all violations;",
        [("urges", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_parties_concerned_including_states_and_un(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
