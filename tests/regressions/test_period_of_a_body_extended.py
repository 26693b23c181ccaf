"""A body's period extended by naming the paragraph that set it: S/RES/1787 (2007) op 1 "Decides to extend the
initial period referred to in paragraph 2 of resolution 1535 (2004) until 31 March 2008" extends CTED (the
Counter-Terrorism Committee Executive Directorate, which S/RES/1535 (2004) op 2 set up "for an initial period ending
31 December 2007": bodies.yaml `established`) until 2008-03-31, as its later renewals ("CTED will continue to operate
... for the period ending", S/RES/1805 (2008) op 2) extend CTED. A resolution that set up no known body gives no term.
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # S/RES/1787 (2007) op 1
        "1. Decides to extend the initial period referred to in paragraph 2 of resolution 1535 (2004) until 31 March "
        "2008;",
        [(1, "extends", "CTED", "2008-03-31")],
    ),
    ("1. Decides to extend the period referred to in paragraph 2 of resolution 1234 (1999) until 31 March 2008;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_period_of_a_body_extended(text, expected):
    r = resolution(text, date="2007-12-10")
    assert terms(r, "op", "action", "of", "until") == expected
