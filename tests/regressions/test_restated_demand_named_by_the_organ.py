"""A mandate the organ restates under its own name is renewed as one under "its" (issue 12, the heldout23 gold:
S/RES/2575 (2021) op 4, "Reiterates the Security Council’s demand for the Governments of Sudan and South Sudan to
provide full support for UNISFA", missed; S/RES/2519 (2020) op 4 the same). The names an organ calls itself by are
data (mandates.yaml `own_names`).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Reiterates the Security Council’s demand for the Governments of Sudan and South Sudan to provide full "
        "support for UNISFA in the implementation of its mandate;",
        [("demands", {"state:SDN", "state:SSD"})],
    ),
    (
        "Reiterates its demand for the Governments of Sudan and South Sudan to provide full support;",
        [("demands", {"state:SDN", "state:SSD"})],
    ),
    ("Reiterates the importance of the demand;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_restated_demand_named_by_the_organ(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
