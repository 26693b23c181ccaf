"""A restated mandate with "it" for "its": "Reiterates it request to the 1540 Committee to take note in its work ... of
the continually evolving nature of the risks of proliferation" (heldout6 S/RES/2663 (2022) op 15: requests the
Committee). No noun of a directive verb follows "Reiterates it" otherwise, so the typo is read as "its"; "Reiterates
it" before anything else is no mandate.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1540 (2004),\n\n1. "

CASES = [
    (
        "Reiterates it request to the 1540 Committee to take note in its work of the continually evolving nature of "
        "the risks of proliferation;",
        [("requests", {"SanctionsCommittee"})],
    ),
    ("Reiterates it call upon all States to implement resolution 1540 (2004);", [("calls-upon", {"States"})]),
    ("Reiterates it is important that all States implement resolution 1540 (2004);", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_it_for_its(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
