"""A mission given its mandate to a date: "Decides that, in order to support the parties to implement the Ouagadougou
Political Agreement more effectively, UNOCI shall have the following mandate from the date of adoption of this
resolution until 31 December 2010: (a) ..." (S/RES/1933 (2010) op 16, the text's only renewal of UNOCI) gave no term;
it now extends UNOCI until 2010-12-31, as "Decides that MONUSCO shall be deployed until 30 June 2011" does
(term_continued.GOES_ON). Not: the mandate with no time ("Decides that UNMISS shall have the following mandate, and
authorizes UNMISS to use all necessary means", S/RES/2567 (2021) op 3; "UNOCI shall have the following mandate from the
date of adoption of this resolution", S/RES/1609 (2005) op 2)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "16. Decides that, in order to support the parties to implement the Ouagadougou Political Agreement more "
        "effectively, UNOCI shall have the following mandate from the date of adoption of this resolution until 31 "
        "December 2010:\n\n(a) Monitoring the armed groups - To observe and monitor the implementation of the "
        "Ouagadougou Political Agreement;",
        [(16, "extends", "UNOCI", "2010-12-31")],
    ),
    # not: no time
    (
        "3. Decides that UNMISS shall have the following mandate, and authorizes UNMISS to use all necessary means to "
        "implement its mandate:\n\n(a) Protection of civilians;",
        [],
    ),
    (
        "2. Decides that UNOCI shall have the following mandate from the date of adoption of this resolution:\n\n(a) "
        "Monitoring of the cessation of hostilities and movements of armed groups;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_following_mandate_until(text, expected):
    r = resolution(text, date="2010-06-30")
    assert terms(r, "op", "action", "of", "until") == expected
