"""Report words that ask for no report of their own (report_within.py), each read as a
report of the clause's addressee to the speaking organ before: a part of reports named elsewhere ("as part of the
reports referred to in paragraph 8 above", "in the context of the performance reports", "in relevant peacekeeping and
peacebuilding reports", "to assess in its first and final reports", "in his or her reports": heldout8 13 op 26 and 16
op 15, heldout11 30 op 22), what an "include" puts into a report ("within the report requested in S/PRST/2007/40, to
also include a review ..., an assessment ...", heldout12 12 op 18), a capacity or basis for reporting (heldout12 12 op
17), operational reporting of incidents with no receiver ("to identify and report threats", "to investigate and report
allegations": heldout5 01 op 34, heldout8 01 op 31 and 15 op 16). Corpus-full over /tmp/cf-open: 80 report items fewer
(stop 29, precision); the compounds and "as well as in" below guard the cases that come near (report_keywords,
report_triggers.AS_WELL_AS_IN)."""

import pytest

from tests.snippets import reports, resolution

SG = "the Secretary-General"
CASES = [
    # a part of reports named elsewhere: no item
    (
        f"3. Requests {SG} to report, as part of the reports referred to in paragraph 8 above, on this to the Council;",
        [],
    ),
    (f"4. Requests {SG} to report thereon in the context of the performance reports;", []),
    (f"5. Requests {SG} to report on progress in the report referred to in paragraph 5 above;", []),
    (
        f"6. Requests {SG} to report on these assessments regularly to the Council, through the reports mentioned in "
        "paragraph 20 below;",
        [],
    ),
    (
        f"7. Requests {SG} to report on the implementation of this Resolution in relevant peacekeeping and peacebuilding "
        "reports.",
        [],
    ),
    (f"8. Requests {SG} to assess in its first and final reports progress towards reducing violations;", []),
    (f"9. Requests {SG} to include reliable information thereon in his or her reports submitted to the Council;", []),
    (
        f"10. Requests {SG}, within the report requested in S/PRST/2007/40, to also include a review of progress in the "
        "implementation of its resolution 1325 (2000), an assessment of the processes by which the Council acts;",
        [],
    ),
    (f"11. Requests {SG} to include in his April 2021 report an assessment of the implementation of paragraph 13;", []),
    # a capacity or basis for reporting
    (f"12. Requests {SG} to strengthen capacity to report on violations and abuses against children;", []),
    # operational reporting of incidents, no receiver or time
    (f"13. Requests {SG} to identify and report threats to and attacks against civilians;", []),
    (f"14. Calls upon {SG} to investigate and report allegations of violations and abuses of human rights;", []),
    # a compound: one report, with its deadline
    (
        f"15. Requests {SG} to submit an assessment report on the List by 1 November 2017 and to include in the report "
        "recommendations on any necessary revision;",
        [(15, "2017-11-01")],
    ),
    (
        f"16. Requests {SG} to provide an update report of the situation on the ground by 30 June 2018;",
        [(16, "2018-06-30")],
    ),
    # still reports: a receiver named, a report "as well as in" one of its own, "in addition to" a report, the
    # content of a report referred to, a body named "mechanism", "within existing reporting obligations"
    (f"17. Requests {SG} to monitor and report to the Council on violations;", [(17, None)]),
    (
        f"18. Requests {SG} to report to the Council on this resolution within 90 days, as well as in an assessment report "
        "30 days before the expiration of the mandate;",
        [(18, "2017-07-12"), (18, None)],
    ),
    (
        f"19. Requests {SG} to report to the Council every six months, in addition to the report requested in paragraph "
        "10 of this resolution;",
        [(19, None)],
    ),
    (
        f"20. Requests {SG} to report on the implementation of the recommendations contained in the report requested in "
        "resolution 2100;",
        [(20, None)],
    ),
    (
        "21. Requests the monitoring mechanism to report periodically to the Committee established pursuant to resolution "
        "864 (1993);",
        [(21, None)],
    ),
    (
        f"22. Requests {SG} to submit a report, within existing reporting obligations, to the Council by 1 May 2018;",
        [(22, "2018-05-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_part_of_reports_named_elsewhere(text, expected):
    r = resolution(text, date="2017-04-13")
    assert reports(r, "op", "due") == expected
