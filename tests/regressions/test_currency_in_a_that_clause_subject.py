"""A State's name that qualifies a currency is no State (issue 12, corpus-wide: S/RES/1330 (2000) op 7 and
S/RES/1360 (2001) op 7, "Decides that ... up to a total of 600 million United States dollars may be used" read as
asking the United States). The subject of the "that" clause had ended at the State's name, before "dollars", so the
alias no longer stood before the noun it qualifies (mandates.yaml `possessed`); the subject now goes on into that
noun, and with no actor named the decision is the Council's.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Decides that from the funds produced pursuant to this resolution in the escrow account established by "
        "paragraph 7 of resolution 986 (1995), up to a total of 600 million United States dollars may be used to "
        "meet any reasonable expenses, other than expenses payable in Iraq;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides that up to 50 million US dollars shall be made available to the Fund;",
        [("decides", {"SecurityCouncil"})],
    ),
    # the State as the subject is still asked
    (
        "Decides that the United States shall report to the Council;",
        [("decides", {"state:USA"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_currency_in_a_that_clause_subject(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
