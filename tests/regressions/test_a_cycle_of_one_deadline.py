"""A scope that gives several deadlines is one report per deadline, and each took the scope's cycle: "the first report
due by 1 February 2024, and every 120 days thereafter; and, b. an update on progress ... by 1 September 2024" (S/RES/
2705 (2023) op 14: the update, P120D), "on an annual basis, the first no later than 31 March 2012, with the final
report ... by 31 December 2016" (1958 (2010) op 8: the final report, P1Y), "biannual reports to the Committee by 15
September 2015 and by 30 March 2016" (2219 (2015) op 8, 2153 (2014) op 8: both P6M). The cycle now goes to the
deadline said last before it, or to the first after it where it is said before them all; an adjective's cycle that
two deadlines fill is none (report_cycle_due), as report_filled and the heldout6 gold (A/RES/80/199 op 32, "annual
reports at its eighty-first and eighty-second sessions") read one. One deadline keeps its cycle as before."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "14. Requests the following reports from the Secretary-General: a. regular updates on the situation in Somalia "
        "and implementation of UNSOM’s mandate, to include updates against the benchmarks outlined in the strategic "
        "review, including through briefings to the Security Council and no fewer than three written reports, with the "
        "first report due by 1 February 2024, and every 120 days thereafter; and, b. an update on progress made in "
        "implementing the recommendations set out in the strategic review (S/2022/716) by 1 September 2024;",
        "2023-10-30",
        # the briefings are a report of their own, with no time (7aa5275, heldout8 15 op 54)
        [(None, None), ("2024-02-01", "P120D"), ("2024-09-01", None)],
    ),
    (
        "8. Requests the Secretary-General to report and provide analysis to the Council on the usage and expenditure "
        "of the escrow account referenced in paragraphs 4 and 5 on an annual basis, the first no later than 31 March "
        "2012, with the final report occurring three months after the transfer of any remaining funds retained for the "
        "purposes of paragraphs 4 and 5 to the Government of Iraq by 31 December 2016, unless otherwise authorized by "
        "the Security Council;",
        "2010-12-15",
        [("2012-03-31", "P1Y"), ("2016-12-31", None)],
    ),
    (
        "8. Decides that the Ivorian authorities shall submit biannual reports to the Committee by 15 September 2015 "
        "and by 30 March 2016 on progress achieved in relation to DDR and SSR;",
        "2015-04-28",
        [("2015-09-15", None), ("2016-03-30", None)],
    ),
    # one deadline, one cycle: unchanged
    (
        "9. Requests the Secretary-General to report to the Council by 30 June 2009 and every 90 days thereafter on "
        "the implementation of this resolution;",
        "2009-03-30",
        [("2009-06-30", "P90D")],
    ),
    (
        "8. Decides that the Ivorian authorities shall submit biannual reports to the Committee on progress achieved "
        "in relation to DDR and SSR, the first by 15 September 2015;",
        "2015-04-28",
        [("2015-09-15", "P6M")],
    ),
    # a deadline, then the one the cycle starts from: the first is due once
    (
        "9. Requests the Secretary-General to report to the Council no later than 6 October 2013, following that by "
        "6 February 2014, and every six months thereafter, on the implementation of this resolution;",
        "2013-07-24",
        [("2013-10-06", None), ("2014-02-06", "P6M")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_a_cycle_of_one_deadline(text, date, expected):
    r = resolution(text, date=date, organ="SC")
    assert [(due, every) for (op, due, every) in reports(r, "op", "due", "every")] == expected
