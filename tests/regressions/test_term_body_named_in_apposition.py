"""A body established under a description and then its name, "Decides to establish a political
mission in Colombia, the United Nations Verification Mission in Colombia (the Verification
Mission), for an initial period of 12 months" (S/RES/2366 (2017) op 1, fourth held-out gold), was
established as "political mission in Colombia": the body named in apposition is what is set up
(UNVMC), as it was when an acronym in brackets followed ("a follow-on mission in Timor-Leste, the
United Nations Integrated Mission in Timor-Leste (UNMIT)")."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to establish a political mission in Colombia, the United Nations Verification Mission in "
        "Colombia (the Verification Mission), for an initial period of 12 months, headed by a Special "
        "Representative of the Secretary-General of the United Nations;",
        [(1, "establishes", "UNVMC", None, "P12M")],
    ),
    (
        "1. Decides to establish a follow-on mission in Timor-Leste, the United Nations Integrated Mission in "
        "Timor-Leste (UNMIT), for an initial period of six months;",
        [(1, "establishes", "UNMIT", None, "P6M")],
    ),
    (  # no body named after the comma: the name as written
        "2. Requests the Secretary-General to establish an Investigative Team, headed by a Special Adviser, to "
        "support domestic efforts;",
        [(2, "establishes", "Investigative Team", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_body_in_apposition(text, expected):
    r = resolution(text, date="2017-07-10")
    assert terms(r, "op", "action", "of", "until", "period") == expected
