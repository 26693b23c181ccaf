"""Held-out gold (tests/mandate_gold/heldout): a delay written without "within" gave no within and
no due date: "to report three months from the date of the adoption of this resolution" (S/RES/1287
(2000) op 12), "to report to the Council 40 days after the adoption" (S/RES/1640 (2005) op 3), "6
months after the presidential inauguration" (S/RES/2423 (2018) op 6, a delay from another event:
within alone). "every three months after the adoption" stays a cycle, and a number of years
before "after" in a title ("reports ... entitled “Gaza: two years after”") is no delay."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "12. Requests the Secretary-General to continue to keep the Council regularly informed and to report three "
        "months from the date of the adoption of this resolution on the situation in Abkhazia, Georgia;",
        "2000-01-31",
        [(12, "SecretaryGeneral", "2000-04-30", "P3M", None)],
    ),
    (
        "3. Requests the Secretary-General to monitor the parties’ compliance with the demands in paragraphs 1 and 2 "
        "above and to report to the Council 40 days after the adoption of this resolution;",
        "2005-11-23",
        [(3, "SecretaryGeneral", "2006-01-02", "P40D", None)],
    ),
    (
        "6. Requests the Secretary-General to report to the Security Council, 6 months after the presidential "
        "inauguration, on progress achieved in the implementation of the measures referenced in paragraph 4 above;",
        "2018-06-28",
        [(6, "SecretaryGeneral", None, "P6M", None)],
    ),
    (
        "70. Requests the Secretary-General to report to the Security Council every three months after the adoption "
        "of this resolution on the implementation of this resolution;",
        "2018-06-28",
        [(70, "SecretaryGeneral", None, None, "P3M")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_a_delay_without_within(text, adopted, expected):
    assert reports(resolution(text, date=adopted), "op", "by", "due", "within", "every") == expected


def test_years_after_in_a_title_are_no_delay():
    text = (
        "37. Reiterates its call "
        "upon Israel to fully lift the restrictions, noting the alarming figures reflected in the United Nations "
        "country team reports of 26 August 2016, entitled “Gaza: two years after” and of July 2017;"
    )
    assert resolution(text, date="2019-12-13", organ="GA").reports_due == ()
