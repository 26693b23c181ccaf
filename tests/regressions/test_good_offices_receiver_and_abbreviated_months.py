"""A receiver named as the Secretary-General's mission, and a month abbreviated in a deadline.

- "encourages the leaders of the two communities to provide written updates to the Good Offices Mission of the
  Secretary-General" (S/RES/2506 (2020) op 17, the first gold, and the ten Cyprus renewals after 2483 (2019)): the
  Secretary-General receives them (the mission had no alias: the updates went to the Council).
- "shall remain authorized until Dec. 31, 2027" (S/RES/2803 (2025) op 8): an abbreviated month with its full stop
  is a date (the term was missed); so is "31 Dec. 2027" and "by Sept. 30, 2024".
"""

import pytest

from tests.snippets import reports, resolution, terms

REPORTS = [
    (
        "17. Requests the Secretary-General to submit by 10 July 2020 a report on his Good Offices, encourages the "
        "leaders of the two communities to provide written updates to the Good Offices Mission of the "
        "Secretary-General on the actions they have taken in support of the relevant parts of this resolution since "
        "its adoption;",
        "2020-01-30",
        [("SecretaryGeneral", "SecurityCouncil", "2020-07-10"), ("PartiesToConflict", "SecretaryGeneral", None)],
    ),
    (
        "3. Requests the Secretary-General to report to the Security Council by Sept. 30, 2024 on the implementation "
        "of this resolution;",
        "2024-03-01",
        [("SecretaryGeneral", "SecurityCouncil", "2024-09-30")],
    ),
]

TERMS = [
    (
        "1. Decides to extend the mandate of UNMISS until Dec. 31, 2027;",
        [("extends", "UNMISS", "2027-12-31")],
    ),
    (
        "1. Decides to extend the mandate of UNMISS until 31 Dec. 2027;",
        [("extends", "UNMISS", "2027-12-31")],
    ),
]


@pytest.mark.parametrize("text,date,expected", REPORTS)
def test_good_offices_receiver_and_abbreviated_month_in_reports(text, date, expected):
    r = resolution(text, date=date)
    assert reports(r, "by", "to", "due") == expected


@pytest.mark.parametrize("text,expected", TERMS)
def test_abbreviated_month_in_terms(text, expected):
    r = resolution(text, date="2025-11-17")
    assert terms(r, "action", "of", "until") == expected
