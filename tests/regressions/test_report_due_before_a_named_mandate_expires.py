"""A report due "at least one month before UNMHA's mandate is due to expire" (S/RES/2505 (2020) op 8 and its five
renewals) or "30 days before the expiration of MINUJUSTH's initial mandate" (S/RES/2350 (2017) op 21) had no due
date: the mandate was named by its acronym, and the distance, in months, was not counted back from the end the same
text sets. Both are now read as "before the end of the present mandate" is."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
CASES = [
    (
        "1. Decides to extend until 15 July 2020 the mandate of UNMHA;\n\n8. Further requests the Secretary-General to "
        "present to the Council a further review of UNMHA, at least one month before UNMHA’s mandate is due to expire;",
        [(8, "2020-06-15")],
    ),
    (
        "1. Decides to extend the mandate of MINUJUSTH until 15 April 2018;\n\n21. Requests "
        "the Secretary-General to report to the Security Council within 90 days, as well as in an assessment report "
        "30 days before the expiration of MINUJUSTH’s initial mandate;",
        [(21, "2017-07-12"), (21, "2018-03-16")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_due_before_a_named_mandate_expires(text, expected):
    r = resolution(text, date="2017-04-13", organ=SC, preamble="Recalling its resolution 2313 (2016),")
    assert reports(r, "op", "due") == expected
