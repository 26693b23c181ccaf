"""A State's security forces named by their name are the State, as its army is ("the SNA", "the armed forces of
Liberia"): "requests AMISOM, in accordance with its existing mandate, and Somali National Security Forces to take
appropriate measures to protect UNSOM personnel" (heldout22 S/RES/2232 (2015) op 24: AMISOM, state:SOM). The
vocabulary lacked the name, so the list kept AMISOM alone. Forces cooperated with stay partners.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Agrees with the conclusion of the Secretary-General, and requests AMISOM, in accordance with its existing "
        "mandate, and Somali National Security Forces to take appropriate measures to protect UNSOM personnel;",
        [("requests", {"AMISOM", "state:SOM"})],
    ),
    (
        "1. Requests MINUSMA to enhance its cooperation with the Malian Defence and Security Forces;",
        [("requests", {"MINUSMA"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_security_forces_by_name(text, expected):
    r = resolution(text, date="2015-07-28")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
