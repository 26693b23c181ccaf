"""The departments' acronyms since the 2019 reform name them, as DPKO and DPA did before: "encourages the United
Nations Secretariat, including DPO and DPPA, to take into account child protection when briefing the Council"
(heldout29 S/RES/2601 (2021) op 22, the Secretariat alone before).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Encourages the United Nations Secretariat, including DPO and DPPA, to take into account child protection "
        "when briefing the Council on country-specific situations;",
        [("encourages", {"Secretariat", "DPO", "DPPA"})],
    ),
    ("Encourages DPKO and DPA to take into account child protection;", [("encourages", {"DPO", "DPPA"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_department_acronyms(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
