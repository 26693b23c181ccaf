"""A body consulted is not asked (corpus-full, issue 12).

Once "the PBC" was an alias, "encourages the PBC, following close consultation with the
Government of Liberia, to report" (S/RES/1938 (2010) op 7) asked Liberia too: a comma before
"following" did not end the list of addressees, as one before "in consultation with" does
(addressees.py LIST_STOP)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Encourages the PBC, following close consultation with the Government of Liberia, to report;",
        [("encourages", {"PeacebuildingCommission"})],
    ),
    (
        "Encourages the GFRS, following consultation with the FMS, to register all weapons;",
        [("encourages", {"state:SOM"})],
    ),
    (
        "Requests the Secretary-General, in consultation with the Government of Liberia, to report;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_consulted(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
