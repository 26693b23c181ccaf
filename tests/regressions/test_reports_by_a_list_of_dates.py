"""Two reports asked for by a list of dates with one "by": "to submit two reports, by 4 July 2023
and 3 January 2024 respectively" (S/RES/2674 (2023) op 21, UNFICYP's resolutions after it) gave the
first alone; "to continue to inform the Council ... in two written reports, no later than 1 December
2014 and 2 February 2015 respectively" (S/RES/2179 (2014) op 25, UNISFA's) gave none ("in ...
reports" read as a reference to reports asked for elsewhere); "the two reports" still refers to
reports."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "21. Requests the Secretary-General to submit two reports, by 4 July 2023 and 3 January 2024 respectively, "
        "on his Good Offices;",
        ["2023-07-04", "2024-01-03"],
    ),
    (
        "25. Requests the Secretary-General to continue to inform the Council of progress in implementing UNISFA’s "
        "mandate in two written reports, no later than 1 December 2014 and 2 February 2015 respectively, and continue "
        "to bring to the Council’s immediate attention any serious violations;",
        ["2014-12-01", "2015-02-02"],
    ),
    (
        "24. Requests that the Secretary-General report to the Security Council on the implementation of the UNMISS "
        "mandate in two written reports, no later than 17 August 2015 and 30 October 2015 respectively;",
        ["2015-08-17", "2015-10-30"],
    ),
    ("5. Requests the Secretary-General to report by 30 June 2015 and every 90 days thereafter;", ["2015-06-30"]),
    ("6. Requests the Secretary-General to take into account the two reports of the Panel of Experts;", []),
    (
        "9. Requests the Secretary-General to update the Security Council on the situation in Somalia through two "
        "written reports, with the first report occurring before 30 March 2015 and the second before 30 September 2015;",
        ["2015-03-30", "2015-09-30"],
    ),
    (
        "12. Requests the Secretary-General to report to the Council on the measures taken against those designated "
        "by the Council on 7 June 2014 and 11 September 2014;",
        [None],
    ),
]


@pytest.mark.parametrize("text,dues", CASES)
def test_each_date_of_the_list_is_a_report(text, dues):
    r = resolution(text, date="2014-11-25")
    assert reports(r, "due") == dues
    assert all(x.by == "SecretaryGeneral" and x.to == "SecurityCouncil" for x in r.reports_due)
