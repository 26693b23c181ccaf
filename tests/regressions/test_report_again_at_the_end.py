"""A second report asked "again" when the mandate or period the text sets ends, after the first one's time.

"to brief the Security Council ... to include within three months of this mandate's renewal and again prior to its
expiration" (S/RES/2440 (2018) op 11 and the seven MINURSO renewals after it): two briefings, the second due when
the mandate op 1 extends ends (one was read); "to provide a comprehensive report to the Council 90 days after the
date of entry into force of this resolution on its implementation and again at least one week prior to the end of
the 150-day period" (1360 (2001) op 5, 1330 (2000) op 5) and "to report to the Council 90 days after the entry into
force of paragraph 1 above and prior to the end of the 150-day period" (op 6): two reports, the second due at the
end of the period op 1 sets (or a week before it), with no delay of its own. A report due before the end of
the period said alone (S/RES/1447 (2002) op 4) is due then too (it had no date).
"""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Decides to extend the mandate of MINURSO until 30 April 2019;\n\n"
        "11. Requests the Secretary-General to brief the Security Council on a regular basis, and at any time he "
        "deems appropriate during the mandate period, to include within three months of this mandate’s renewal and "
        "again prior to its expiration, on the status and progress of these negotiations under his auspices;",
        "2018-10-31",
        [("2019-01-31", "P3M", "oral"), ("2019-04-30", None, "oral")],
    ),
    (
        "1. Decides that the provisions of resolution 986 (1995) shall remain in force for a new period of 150 days "
        "beginning at 00.01 hours, Eastern Daylight Time, on 4 July 2001;\n\n"
        "5. Requests the Secretary-General to provide a comprehensive report to the Council 90 days after the date of "
        "entry into force of this resolution on its implementation and again at least one week prior to the end of "
        "the 150-day period, on the basis of observations of United Nations personnel in Iraq;\n\n"
        "6. Requests the Committee established by resolution 661 (1990), in close consultation with the "
        "Secretary-General, to report to the Council 90 days after the entry into force of paragraph 1 above and "
        "prior to the end of the 150-day period on the implementation of the arrangements;",
        "2001-07-03",
        [
            (None, "P90D", "written"),
            ("2001-11-24", None, "written"),
            (None, "P90D", "written"),
            ("2001-12-01", None, "written"),
        ],
    ),
    (
        # said alone: due at the period's end, or so long before it (S/RES/1447 (2002) op 4; 1302 (2000) op 5)
        "1. Decides that the provisions of resolution 986 (1995) shall remain in force for a new period of 180 days "
        "beginning at 00.01 hours, Eastern Standard Time, on 5 December 2002;\n\n"
        "4. Requests the Secretary-General to provide a comprehensive report to the Council, at least one week prior "
        "to the end of the 180-day period, on the basis of observations of United Nations personnel in Iraq;",
        "2002-12-04",
        [("2003-05-27", None, "written")],
    ),
    (
        # a single report before the end of the mandate keeps its one item
        "1. Decides to extend the mandate of UNIFIL until 31 January 2005;\n\n"
        "10. Requests the Secretary-General to report thereon to the Council before the end of the present mandate;",
        "2004-07-29",
        [("2005-01-31", None, "written")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_report_again_at_the_end(text, date, expected):
    r = resolution(text, date=date)
    assert reports(r, "due", "within", "form") == expected
