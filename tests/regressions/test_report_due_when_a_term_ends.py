"""Reports due when a term the same text sets ends, in wordings the mandate-end reader did not take (heldout13, the
thirteenth blind set, due R 0.630): the end of a period a paragraph sets ("by the end of the next period of
implementation of resolution 986 (1995)", S/RES/1409 (2002) op 8; "prior to the termination of the period defined in
paragraph 10", 1472 (2003) op 11), a time ahead of a mandate's end ("well in advance of the expiry of the mandate",
"ahead of the expiration of MINURSO's mandate") and the renewal of a mandate ("two weeks before the renewal of the
mandate", "in advance of the mandate renewal"), so long before it where an amount comes first; not a renewal that is
another task's time, said before the report. Reports of an earlier resolution asked again of a that-clause's subjects
with such a time ("Requests that the Secretary-General and the Committee ... submit at least two weeks prior to the
end of the 180-day period the reports referred to in paragraphs 5 and 6 of resolution 1360 (2001)", 1409 op 7: one
each, due two weeks before the period ends) were not found; "an assessment report" gave two reports, one undated (1409
op 8, 1447 (2002) op 5, 2167 (2014) op 28); "as well as in an assessment report 30 days before the expiration of
MINUJUSTH's initial mandate" after a report verb with its own delays is a report of its own (2350 (2017) op 21)."""

import pytest

from tests.snippets import reports, resolution

PERIOD = (
    "1. Decides that the provisions of resolution 986 (1995) shall remain in force for a new period of 180 days "
    "beginning at 0001 hours, Eastern Daylight Time, on 30 May 2002;\n\n"
)
MANDATE = "1. Decides to extend the mandate of MINURSO until 31 October 2020;\n\n"

CASES = [
    (  # S/RES/1409 (2002) op 8, heldout13 10: one report, due when op 1's period ends
        PERIOD + "8. Requests the Secretary-General, in consultation with interested parties, to submit an assessment "
        "report on the implementation of the Goods Review List and its procedures by the end of the next period of "
        "implementation of resolution 986 (1995) beginning on 30 May 2002 and to include in the report "
        "recommendations on any necessary revision of the Goods Review List and its procedures;",
        "2002-05-14",
        [(8, "SecretaryGeneral", "2002-11-26")],
    ),
    (  # S/RES/1409 (2002) op 7, heldout13 10: the reports of 1360 asked again, one per reporter
        PERIOD + "7. Requests that the Secretary-General and the Committee established pursuant to resolution 661 "
        "(1990) submit at least two weeks prior to the end of the 180-day period the reports referred to in "
        "paragraphs 5 and 6 of resolution 1360 (2001);",
        "2002-05-14",
        [(7, "SecretaryGeneral", "2002-11-12"), (7, "SanctionsCommittee", "2002-11-12")],
    ),
    (  # S/RES/1472 (2003) op 11
        "10. Decides that the provisions contained in paragraph 4 above shall remain in force for a period of 45 "
        "days until 12 May 2003;\n\n"
        "11. Requests the Secretary-General to report to the Security Council prior to the termination of the period "
        "defined in paragraph 10;",
        "2003-03-28",
        [(11, "SecretaryGeneral", "2003-05-12")],
    ),
    (
        MANDATE + "2. Requests the Secretary-General to submit a report well in advance of the expiry of the mandate;",
        "2020-04-29",
        [(2, "SecretaryGeneral", "2020-10-31")],
    ),
    (
        MANDATE + "2. Requests the Secretary-General to submit a report ahead of the expiration of MINURSO’s mandate;",
        "2020-04-29",
        [(2, "SecretaryGeneral", "2020-10-31")],
    ),
    (
        MANDATE + "2. Requests the Secretary-General to submit a report two weeks before the renewal of the mandate;",
        "2020-04-29",
        [(2, "SecretaryGeneral", "2020-10-17")],
    ),
    (
        MANDATE + "2. Requests the Secretary-General to brief the Council in advance of the mandate renewal;",
        "2020-04-29",
        [(2, "SecretaryGeneral", "2020-10-31")],
    ),
    (  # the renewal is the reviews' time, said before the report (S/RES/2663 (2022) op 3, heldout6 01: no due)
        "2. Decides to extend the mandate of the 1540 Committee until 30 November 2032;\n\n"
        "3. Further decides that the 1540 Committee will conduct a comprehensive review on the status of "
        "implementation of resolution 1540 (2004) prior to the renewal of its mandate, and will submit to the "
        "Security Council a report on the conclusions of that review;",
        "2022-11-30",
        [(3, "SanctionsCommittee", None)],
    ),
    (  # S/RES/2167 (2014) op 28: one report, not an undated "assessment" beside it
        "28. Requests the Secretary-General, in close consultation with the AU Commission and EU to produce, not "
        "later than 31 March 2015, an assessment report and recommendations on the progress of the partnerships;",
        "2014-07-28",
        [(28, "SecretaryGeneral", "2015-03-31")],
    ),
    (  # S/RES/2350 (2017) op 21: the verb's two reports and the assessment report besides
        "5. Decides to establish a follow-on peacekeeping mission in Haiti, MINUJUSTH, for an initial period of six "
        "months from 16 October 2017 until 15 April 2018;\n\n"
        "21. Requests the Secretary-General to report to the Security Council on the implementation of this "
        "resolution within 90 days and 180 days from its adoption, as well as in an assessment report 30 days before "
        "the expiration of MINUJUSTH’s initial mandate;",
        "2017-04-13",
        [
            (21, "SecretaryGeneral", "2017-07-12"),
            (21, "SecretaryGeneral", "2017-10-10"),
            (21, "SecretaryGeneral", "2018-03-16"),
        ],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_report_due_when_a_term_ends(text, adopted, expected):
    assert reports(resolution(text, date=adopted), "op", "by", "due") == expected
