"""A regular report and the cycle it keeps, said by two verbs of one reporter: "to report regularly on the security and
humanitarian situation ... and of the implementation of the mandate of MINURCAT, and to submit to it a report on that
matter every three months" (S/RES/1778 (2007) op 20, heldout34 12) is one written report every three months (the gold,
as "to continue to report regularly, and at least every three months, on ...", S/RES/1861 (2009) op 28); it was read as
two, one with no cycle. Not a report by a date ("to report periodically to the Committee and to provide an additional
report by 19 April 2002", S/RES/1374 (2001) op 6: two), nor reporting that is not said to be regular, nor an update, nor a cycle's report on a subject of its own ("a report
on the situation of refugees in the region every six months": two; "a report on that matter", "a report thereon": one).
The one item has the cycle's form ("and to submit an oral report every three months": oral)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests the Secretary-General to keep it informed of the liaison arrangements set out in OP2-b to 2-d "
        "above, and to report regularly on the security and humanitarian situation, including movements of refugees "
        "and internally displaced persons, in eastern Chad, the north-eastern Central African Republic and the region, "
        "of progress towards the objective of helping to create the security conditions conducive to a voluntary, "
        "secure and sustainable return of refugees and displaced persons and of the implementation of the mandate of "
        "MINURCAT, and to submit to it a report on that matter every three months;",
        [(20, "SecretaryGeneral", "SecurityCouncil", "P3M", None)],
    ),
    (  # the adverb before the verb, and the receiver named in both
        "4. Requests the Secretary-General to regularly report to the Security Council on the situation, and to "
        "submit a report to the Council every six months;",
        [(4, "SecretaryGeneral", "SecurityCouncil", "P6M", None)],
    ),
    (  # must not take: a second report by a date (S/RES/1374 (2001) op 6)
        "6. Requests further the monitoring mechanism to report periodically to the Committee and to provide an "
        "additional report by 19 April 2002;",
        [
            (6, "MonitoringMechanismAngola", "SanctionsCommittee", None, None),
            (6, "MonitoringMechanismAngola", "SecurityCouncil", None, "2002-04-19"),
        ],
    ),
    (  # must not take: reporting not said to be regular, then a report on a cycle (two, as before)
        "7. Requests the Secretary-General to report to the Security Council on the elections, and to submit a report "
        "on the situation every three months;",
        [
            (7, "SecretaryGeneral", "SecurityCouncil", None, None),
            (7, "SecretaryGeneral", "SecurityCouncil", "P3M", None),
        ],
    ),
    (  # must not take: the cycle's report on a subject of its own, not referred back (review52-A 9): two
        "8. Requests the Secretary-General to report regularly to the Council on the implementation of the mandate of "
        "the Mission, and to submit a report on the situation of refugees in the region every six months;",
        [
            (8, "SecretaryGeneral", "SecurityCouncil", None, None),
            (8, "SecretaryGeneral", "SecurityCouncil", "P6M", None),
        ],
    ),
    (  # referred back by "thereon": one
        "9. Requests the Secretary-General to report periodically on the situation, and to submit a report thereon "
        "every four months;",
        [(9, "SecretaryGeneral", "SecurityCouncil", "P4M", None)],
    ),
]

FORM = [
    (  # the one item has the cycle's form (review52-A 4)
        "1. Requests the Secretary-General to report periodically on the situation, and to submit an oral report "
        "every three months;",
        [(1, "SecretaryGeneral", "SecurityCouncil", "P3M", "oral")],
    ),
    (
        "20. Requests the Secretary-General to report regularly on the situation, and to submit to it a report on that "
        "matter every three months;",
        [(20, "SecretaryGeneral", "SecurityCouncil", "P3M", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_regular_report_and_its_cycle(text, expected):
    r = resolution(text, date="2001-10-19")  # S/RES/1374 (2001): its date in the future
    assert reports(r, "op", "by", "to", "every", "due") == expected


@pytest.mark.parametrize("text,expected", FORM)
def test_the_one_item_has_the_cycles_form(text, expected):
    r = resolution(text, date="2010-12-22")
    assert reports(r, "op", "by", "to", "every", "form") == expected
