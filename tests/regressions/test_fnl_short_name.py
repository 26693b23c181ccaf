"""Burundi's rebel movement by its short name: "Encourages the Government of Burundi and the FNL to make every effort
to achieve the implementation of the 4 December 2008 Agreements" (S/RES/1902 (2009) op 2) asked only the Government:
the vocabulary knew the movement as "the Palipehutu-FNL" (PartiesToConflict, the heldout12 gold of S/RES/1858 (2008)),
not as "the FNL" nor by its full name "the Forces nationales de libération" (S/RES/1719 (2006) op 12 names it so)."""

import pytest

from tests.snippets import mandates, resolution

SC = "The Security Council"

CASES = [
    (
        "2. Encourages the Government of Burundi and the FNL to make every effort to achieve the implementation of the "
        "4 December 2008 Agreements;",
        [("encourages", ("state:BDI", "PartiesToConflict"))],
    ),
    (
        "3. Calls on the Forces nationales de libération to join the peace process without further delay;",
        [("calls-upon", ("PartiesToConflict",))],
    ),
    (
        "3. Calls on the Palipehutu-FNL to work with the Government;",
        [("calls-upon", ("PartiesToConflict",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_fnl_short_name(text, expected):
    r = resolution(text, date="2009-12-16", organ=SC)
    assert mandates(r, "verb", "addressees") == expected
