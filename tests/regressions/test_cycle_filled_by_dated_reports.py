"""A cycle that the dated reports after it fill: "keep the Council informed every six months ..., with a briefing by
31 May 2011 and a report by 30 November 2011" (S/RES/1959 (2010) op 15, heldout23 12) is two dated items and no
cycle in the gold; the briefing was given every P6M. One date that opens the cycle ("with the first report due by")
keeps it, and so does a cycle said after the report's own word."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "15. Requests the Secretary-General to keep the Council informed every six months on the implementation of "
        "the mandate of BNUB and this resolution, with a briefing by 31 May 2011 and a report by 30 November 2011;",
        "2010-12-16",
        [("2011-05-31", None, "oral"), ("2011-11-30", None, "written")],
    ),
    (
        "20. Requests the Secretary-General to keep the Council informed on the benchmarks and the implementation of "
        "the mandate of BNUB, every 90 days, with a written interim report by the end of July 2014 and a final report "
        "by 16 January 2015;",
        "2014-02-13",
        [("2014-07", None, "written"), ("2015-01-16", None, "written")],
    ),
    # one date opening the cycle: one item, due and every (S/RES/1829 (2008) op 9)
    (
        "9. Requests that the Secretary-General keeps the Council informed every four months on the implementation of "
        "the mandate of UNIPSIL and this resolution, with the first report due by 31 January 2009;",
        "2008-08-04",
        [("2009-01-31", "P4M", "written")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_cycle_filled_by_dated_reports(text, date, expected):
    assert reports(resolution(text, date=date), "due", "every", "form") == expected
