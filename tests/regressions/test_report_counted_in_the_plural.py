"""A count of reports with one time said for them was one item: "to submit, for the Security Council's consideration,
through the Committee, two final reports; one focusing on Somalia, the other on Eritrea by 15 October 2016" (S/RES/2244
(2015) op 32, heldout8; its yearly twins 2002, 2060, 2111, 2182, 2317, 2385). The golds count two reports, each due
then. A count that opens a cycle stays one recurring report ("no fewer than three written reports, with the first
written report by 25 September, and every 120 days thereafter", S/RES/2158 (2014) op 15)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "32. Requests the Secretary-General to submit, for the Security Council’s consideration, two final reports; one "
        "focusing on Somalia, the other on Eritrea by 15 October 2016;",
        [(32, "2016-10-15", None), (32, "2016-10-15", None)],
    ),
    (
        "15. Requests the Secretary-General to keep the Security Council regularly informed of the implementation of "
        "UNSOM’s mandate, including through no fewer than three written reports, with the first written report by 25 "
        "September 2016, and every 120 days thereafter;",
        [(15, "2016-09-25", "P120D")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_count_of_reports(text, want):
    r = resolution(text, date="2015-10-23")
    assert reports(r, "op", "due", "every") == want


def test_the_receiver_said_after_a_comma_is_the_counted_reports():
    r = resolution(
        "32. Requests the Monitoring Group to provide monthly updates to the Committee, and a comprehensive midterm "
        "update, as well as to submit, for the Security Council’s consideration, through the Committee, two final "
        "reports; one focusing on Somalia, the other on Eritrea by 15 October 2016;",
        date="2015-10-23",
    )
    assert reports(r, "op", "through", "due")[-2:] == [(32, "SanctionsCommittee", "2016-10-15")] * 2
