"""A report due some days before a mandate ends had no due date: "to submit a final report ... to the
Security Council through the Committee 15 days before the end of its mandated period" (S/RES/1980 (2011)
op 14, the heldout4 gold: the Group of Experts' mandate runs to 30 April 2012, so 2012-04-15), "a final
report to the Council no later than thirty days prior to the termination of its mandate" (S/RES/1928
(2010) op 2 and the Iran and DPRK panels' paragraphs), "15 days prior to the termination of the
Monitoring Group's mandate" (S/RES/2060 (2012) op 13), "no later than 45 days before the expiration of the
current mandate" (S/RES/1745 (2007) op 14, read as the end itself). The end of "its mandate", "its
mandated period" and "the termination of" a mandate are the end of the mandate the same text sets, and
the distance before it is taken off (days and weeks; a mandate with no known end gives no date)."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "13. Decides to extend the mandate of the Group of Experts until 30 April 2012.\n\n"
        "14. Requests the Group of Experts to submit a midterm report to the Committee by 15 October 2011 and to "
        "submit a final report to the Security Council through the Committee 15 days before the end of its "
        "mandated period;",
        [(14, "2011-10-15"), (14, "2012-04-15")],
    ),
    (
        "1. Decides to extend the mandate of the Panel of Experts until 9 July 2013.\n\n"
        "2. Requests the Panel of Experts to provide a final report to the Council no later than thirty days prior "
        "to the termination of its mandate with its findings and recommendations;",
        [(2, "2013-06-09")],
    ),
    (
        "1. Decides to extend the mandate of UNMIT until 26 February 2008.\n\n"
        "14. Requests the Secretary-General to submit a report no later than 45 days before the expiration of the "
        "current mandate;",
        [(14, "2008-01-12")],
    ),
    (
        "1. Decides to extend the mandate of UNMIT until 26 February 2008.\n\n"
        "14. Requests the Secretary-General to submit a report before the end of the current mandate;",
        [(14, "2008-02-26")],
    ),
    # no mandate end in the text: no date
    (
        "2. Requests the Panel of Experts to provide a final report to the Council no later than thirty days prior "
        "to the termination of its mandate;",
        [(2, None)],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_report_due_before_the_mandate_ends(text, expected):
    assert reports(resolution(text, date="2011-04-28"), "op", "due") == expected
