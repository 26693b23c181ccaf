"""When a report is due and how often, in wordings the deadline and cycle readers missed (a survey of the Council's
report requests on corpus-full): "within a week of the adoption" (the article as the count, S/RES/1319 (2000) op
7); a month named after the report with its receiver and channel between ("to brief the Council in January 2009",
S/RES/1859 (2008) op 4; "an oral briefing to the Council, through the Committee, in November 2002", 1425 op 10);
"by mid-March 2010" (1911 op 22: the month); "by March, 1, 2018" (2374 op 11: a comma after the month); "on a twice
annual basis" (2617 op 25: P6M). And a date "on" which something else happens is no deadline ("for an initial
period of 12 months beginning on 1 January 2006", 1620 op 1; "commences functioning on 1 July 2012", 2054 op 3;
"beyond its expiration on 15 November 2026", 2802 op 35), while "to report to the Council on 15 February 2022"
(2605 op 58) still is."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "7. Requests the Secretary-General to report to the Security Council within a week of the adoption of this "
        "resolution on the situation on the ground;",
        "2000-09-08",
        [("2000-09-15", "P1W", None)],
    ),
    (
        "4. Encourages the International Monetary Fund and the World Bank to brief the Council in January 2009;",
        "2008-12-22",
        [("2009-01", None, None)],
    ),
    (
        "10. Further requests the Panel of Experts to provide an oral briefing to the Council, through the "
        "Committee, in November 2002;",
        "2002-07-22",
        [("2002-11", None, None)],
    ),
    (
        "22. Requests the Secretary-General to provide to it an update by mid-March 2010 and a full report by the "
        "end of April 2010 on the situation;",
        "2010-01-28",
        [("2010-03", None, None), ("2010-04", None, None)],
    ),
    (
        "11. Requests the Secretary-General to provide to the Council an interim update "
        "by March, 1, 2018, and a final report by September, 1, 2018;",
        "2017-09-05",
        [("2018-03-01", None, None), ("2018-09-01", None, None)],
    ),
    (
        "25. Requests UNOCT to brief the Security Council on a twice annual basis on its work;",
        "2021-12-30",
        [(None, None, "P6M")],
    ),
    (
        "1. Requests the Secretary-General to establish the United Nations Integrated Office for an initial period "
        "of 12 months beginning on 1 January 2006, and to report to the Council on its work;",
        "2005-08-31",
        [(None, None, None)],
    ),
    (
        "35. Requests the Secretary-General to report, no later than August 31, 2026, on the security situation, "
        "and expresses its intent to consider any further renewal of the mission beyond its expiration on "
        "15 November 2026;",
        "2025-11-14",
        [("2026-08-31", None, None)],
    ),
    (
        "58. Requests the Secretary-General to report to the Council on 15 February 2022 on the situation;",
        "2021-11-12",
        [("2022-02-15", None, None)],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_report_times_in_these_wordings(text, date, want):
    assert reports(resolution(text, date=date), "due", "within", "every") == want
