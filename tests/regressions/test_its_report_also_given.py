"""A yearly report sent on also to a second receiver lost its cycle there: "Reiterates its decision to request the Group
of Independent Eminent Experts to report annually on its session and activities to the Human Rights Council, and that
its report will be also transmitted and presented to the General Assembly" (A/HRC/RES/57/25 op 19, heldout43 27: two
items, each every P1Y; A/HRC/RES/54/27 op 22, the same words) gave the Assembly's item no cycle. The owner's report
said again, "also" going to a receiver of its own, is the same report sent on: it now takes the times of the report
the same reporter was asked just before (report_given_again.also_given). Not taken: another reporter's report, a
report with a time of its own, a report sent on with no "also" (whose times the text does not tie)."""

import pytest

from tests.snippets import reports, resolution

CHAPEAU = (
    "19. Reiterates its decision to request the Group of Independent Eminent Experts to report annually on its "
    "session and activities to the Human Rights Council, and that "
)
HRC = ("IEEGroupDurban", "HumanRightsCouncil", "P1Y", None)
CASES = [
    (
        CHAPEAU + "its report will be also transmitted and presented to the General Assembly;",
        [HRC, HRC[:1] + ("GeneralAssembly", "P1Y", None)],
    ),
    # a report of another reporter: its own times (none)
    (
        "19. Requests the Group of Independent Eminent Experts to report annually to the Human Rights Council, and "
        "requests the Secretary-General to submit his report also to the General Assembly;",
        [HRC, ("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    # review Y1: "his report ... also submitted to" said of another reporter than the one asked just before: its own
    # times (none)
    (
        "19. Requests the Group of Independent Eminent Experts to report annually to the Human Rights Council, and "
        "requests the Secretary-General to ensure that his report will also be submitted to the General Assembly;",
        [HRC, ("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    # review Y1: sent on with no "also": its own times (none)
    (
        CHAPEAU + "its report will be transmitted and presented to the General Assembly;",
        [HRC, HRC[:1] + ("GeneralAssembly", None, None)],
    ),
    # a time of its own: kept
    (
        CHAPEAU + "its report will be also transmitted to the General Assembly at its eightieth session;",
        [HRC, HRC[:1] + ("GeneralAssembly", None, 80)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_its_report_also_given(text, expected):
    r = resolution(text, date="2024-10-11", organ="HRC")
    assert reports(r, "by", "to", "every", "session") == expected
