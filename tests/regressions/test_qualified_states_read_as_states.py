"""States qualified by words that are, alone, another actor's alias (heldout39 A/RES/75/184): "Calls upon States parties
to an armed conflict to take all appropriate measures" (op 2, and 77/220, 79/173) read as PartiesToConflict, by the
alias "parties to an armed conflict" inside it (the gold: States, as "States that are parties to an armed conflict");
"urges all concerned States to cooperate with each other" (op 8) added Stakeholders, by the alias "all concerned"
(everyone concerned, standing alone) before "States". Now "States parties to an armed conflict" and its siblings (each
article and kind of conflict: "to the conflict", "to an international armed conflict") are aliases of States
and "all concerned" no alias where a capitalised word follows (actors.yaml). Not taken: the parties to a conflict
themselves, "all concerned" alone, "all concerned parties", the States parties to a treaty."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout39 A/RES/75/184 op 2
        "Calls upon States parties to an armed conflict to take all appropriate measures to prevent persons from going "
        "missing;",
        [("calls-upon", {"States"})],
    ),
    # its siblings, each article and kind of conflict (review of a59c22c 1: "to the conflict" read as
    # PartiesToConflict, "to an international armed conflict" as StatesParties)
    (
        "Calls upon States parties to the conflict to respect international humanitarian law;",
        [("calls-upon", {"States"})],
    ),
    (
        "Calls upon States parties to the armed conflict to respect international humanitarian law;",
        [("calls-upon", {"States"})],
    ),
    (
        "Calls upon States parties to an international armed conflict to respect international humanitarian law;",
        [("calls-upon", {"States"})],
    ),
    (
        "Calls upon States parties to a non-international armed conflict to respect international humanitarian law;",
        [("calls-upon", {"States"})],
    ),
    (
        "Calls upon all States parties to the conflict to respect international humanitarian law;",
        [("calls-upon", {"States"})],
    ),
    (  # heldout39 A/RES/75/184 op 8
        "Recognizes the need for appropriate means of identification, and urges all concerned States to cooperate with "
        "each other and with other concerned actors working in this area;",
        [("urges", {"States"})],
    ),
    (  # A/RES/76/174 op 28
        "Encourages all concerned United Nations system entities and organizations, within their mandates, to implement "
        "the guidance;",
        [("encourages", {"UNSystemEntities"})],
    ),
    # not taken
    (
        "Calls upon all parties to an armed conflict to take all appropriate measures;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "Urges all concerned to refrain from violence;",
        [("urges", {"Stakeholders"})],
    ),
    (
        "Calls upon all concerned parties to refrain from violence;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "Calls upon States parties to the Convention to implement it fully;",
        [("calls-upon", {"StatesParties"})],
    ),
    (  # a treaty whose name speaks of armed conflict is still a treaty
        "Calls upon States parties to the Optional Protocol on the involvement of children in armed conflict to "
        "implement it fully;",
        [("calls-upon", {"StatesParties"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_qualified_states_read_as_states(text, expected):
    r = resolution("1. " + text, date="2020-12-16", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
