"""Council reports whose due date was lost or whose request was not read (a random survey of 50 Security
Council resolutions of corpus-full, seed 20261201):
- a cycle counted from the adoption, "every six months from the adoption of this resolution" (heldout5 02,
  S/RES/2615 op 2; S/RES/1580 op 11, 1644 op 5): the first report a cycle after the adoption; "every three
  months after the adoption" (first gold S/RES/2303 op 19, held-out S/RES/2423 op 70) gives no due;
- a cycle's start, "in reports every 120 days starting from 16 October 2019" (S/RES/2476 op 8);
- a month right after the report, "followed by a final report in May 2005" (S/RES/1573 op 7), "to report in
  October 2011, in January 2012 and by the 23 May 2012" (S/RES/1991 op 23: three reports);
- "to submit by 30 March 2001 his next report on ..." (S/RES/1296 op 25), read as "included in his next
  report"; not when it follows the annual reports it is the next of (S/RES/2106 op 22: one report);
- "to submit for the Council's consideration a report" (S/RES/1812 op 23), read as "the Council's report";
- a deadline written before the report it sets, "and, no later than 1 February 2010, a report which
  includes ..." (S/RES/1867 op 17), given to the report before it (a third, bare report)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2020-06-29",
        "62. Requests the Secretary-General to report to the Security Council every three months from the adoption "
        "of this resolution on the implementation of this resolution;",
        [("2020-09-29", None, "P3M")],
    ),
    (
        "2020-06-29",
        "62. Requests the Secretary-General to report to the Security Council every three months after the adoption "
        "of this resolution on the implementation of this resolution;",
        [(None, None, "P3M")],
    ),
    (
        "2019-06-25",
        "8. Requests the Secretary-General to report to the Council on the implementation of this resolution, in "
        "reports every 120 days starting from 16 October 2019;",
        [("2019-10-16", None, "P120D")],
    ),
    (
        "2019-04-12",
        "5. Requests the Secretary-General to report on the implementation of this resolution in reports every 90 "
        "days starting from 12 April 2019;",
        [("2019-07-11", None, "P90D")],
    ),
    (
        "2004-11-16",
        "7. Requests the Secretary-General to submit a report within three months of the date of adoption of the "
        "present resolution, followed by a final report in May 2005;",
        [("2005-02-16", "P3M", None), ("2005-05", None, None)],
    ),
    (
        "2011-07-29",
        "23. Requests the Secretary-General to report in October 2011, in January 2012 and by the 23 May 2012 on the "
        "progress on the implementation of this resolution;",
        [("2011-10", None, None), ("2012-01", None, None), ("2012-05-23", None, None)],
    ),
    (
        "2000-04-19",
        "25. Requests the Secretary-General to submit by 30 March 2001 his next report on the protection of "
        "civilians in armed conflict, with a view to requesting additional such reports in future;",
        [("2001-03-30", None, None)],
    ),
    (
        "2013-06-24",
        "22. Requests the Secretary-General to continue to submit annual reports to the Council on the "
        "implementation of resolution 1820 (2008) and to submit his next report by March 2014;",
        [("2014-03", None, "P1Y")],
    ),
    (
        "2008-04-30",
        "23. Requests the Secretary-General to submit for the Council’s consideration a report on possible measures "
        "UNMIS could take;",
        [(None, None, None)],
    ),
    (
        "2009-02-26",
        "17. Further requests the Secretary-General to keep the Security Council regularly informed of the "
        "developments on the ground, and to submit to the Security Council, no later than 30 September 2009, a "
        "report reviewing, inter alia, the resumption of policing responsibilities by the PNTL, and, no later than "
        "1 February 2010, a report which includes possible adjustments in UNMIT’s mandate and strength;",
        [("2009-09-30", None, None), ("2010-02-01", None, None)],
    ),
    (
        "2009-12-23",
        "5. Requests the Secretary-General to include in his next report to the Council an assessment of progress;",
        [],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_times_and_next_reports(date, text, expected):
    r = resolution(text, date=date)
    assert reports(r, "due", "within", "every") == expected
    assert set(reports(r, "by", "to")) <= {("SecretaryGeneral", "SecurityCouncil")}
