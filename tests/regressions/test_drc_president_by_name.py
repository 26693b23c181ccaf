"""The DRC's President named by his name is his State, as "President Faustin-Archange Touadéra" is the CAR's
(countries.yaml): "encourages President Kabila to swiftly appoint the proposed Presidential Adviser" (heldout15
S/RES/2147 (2014) op 26: state:COD) named no actor; "Welcomes the efforts of President Tshisekedi and his government
..., encourages his continued efforts" (S/RES/2666 (2022) op 2); "Calls on all stakeholders in the DRC, including
President Kabila, the presidential majority and the opposition" (S/RES/2348 (2017) op 1, 2409 (2018) op 3: the
President named after "including" is read beside the group; the presidential majority is a political actor, as the
opposition parties are, since stop 57's vocabulary: PoliticalActors)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Welcomes the action plan, and encourages President Kabila to swiftly appoint the proposed Presidential Adviser;",
        [("encourages", {"state:COD"})],
    ),
    (
        "Welcomes the efforts of President Tshisekedi and his government towards reconciliation, encourages his continued "
        "efforts with States in the region to build good relations with neighbouring countries;",
        [("encourages", {"state:COD"})],
    ),
    (
        "Calls on all stakeholders in the DRC, including President Kabila, the presidential majority and the opposition, "
        "to swiftly implement the agreement;",
        [("calls-upon", {"Stakeholders", "state:COD", "PoliticalActors"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_drc_president_by_name(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
