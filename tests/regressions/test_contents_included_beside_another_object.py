"""An assessment included in a report beside another object was a report of its own: "requests the Secretary-General
to include these as well as an assessment of the implementation of paragraph 13 of resolution 2391 (2017), including
on the HRDDP, in a report to be issued no later than 30 September 2021" (S/RES/2584 (2021) op 40, heldout48 03: one
report, due 2021-09-30) gave a second item with no date. What "include" takes, past a first object joined by "as well
as", is what the report holds (report_triggers.INCLUDE_BEFORE), and the report it goes in is the one asked for. Not
changed: an assessment submitted (not included) beside another object, one provided with its own time beside a report,
an assessment included in a report right after the verb. The report it goes in is resumed after ", in a report" and
also after "(,) in a/one [adjective] report to be issued/submitted ..." (report_triggers.RESUME); the "as well as" tail
is read only after the verb "include(s)", not "including" (stop 66 review of e6e6a265)."""

import pytest

from tests.snippets import reports, resolution

SG = ("SecretaryGeneral", "SecurityCouncil")
CASES = [
    (
        "40. Requests the Secretary-General to include these as well as an assessment of the implementation of "
        "paragraph 13 of resolution 2391 (2017), including on the HRDDP, in a report to be issued no later than 30 "
        "September 2021, without prejudice to any future Security Council decision;",
        [(*SG, "2021-09-30")],
    ),
    # near misses
    (  # submitted, not included: the assessment is the report
        "40. Requests the Secretary-General to submit these as well as an assessment of the implementation of "
        "paragraph 13 to the Council by 30 September 2021;",
        [(*SG, "2021-09-30")],
    ),
    (  # an assessment with its own time beside a report: two
        "40. Requests the Secretary-General to provide an assessment of the implementation of paragraph 13 by 30 June "
        "2021, as well as a report to be issued no later than 30 September 2021;",
        [(*SG, "2021-06-30"), (*SG, "2021-09-30")],
    ),
    (  # included in his next report: no new report
        "40. Requests the Secretary-General to include these as well as an assessment of the implementation of "
        "paragraph 13 in his next report;",
        [],
    ),
    # the report yet to be made, whatever its adjective or comma, is the one asked (report_triggers.RESUME; stop 66
    # review of e6e6a265: these gave no report)
    (
        "5. Requests the Secretary-General to include these as well as an assessment of the mission, in a special "
        "report to be issued no later than 30 September 2021;",
        [(*SG, "2021-09-30")],
    ),
    (
        "40. Requests the Secretary-General to include these as well as an assessment of the implementation of "
        "paragraph 13 of resolution 2391 (2017) in a report to be issued no later than 30 September 2021;",
        [(*SG, "2021-09-30")],
    ),
    (
        "5. Requests the Secretary-General to include an assessment of the mission in a report to be issued no "
        "later than 30 September 2021;",
        [(*SG, "2021-09-30")],
    ),
    # near misses: "including ... as well as" a report joins one of its own to a briefing (not the verb "include")
    (
        "5. Requests the Secretary-General to brief the Council every three months, including on benchmarks as well as "
        "a written report by 31 December 2022;",
        [(*SG, None), (*SG, "2022-12-31")],
    ),
    (  # "in his next report" stays a report named, none asked
        "5. Requests the Secretary-General to include an assessment of the mission in his next report;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_contents_included_beside_another_object(text, expected):
    r = resolution(text, date="2021-06-29")
    assert reports(r, "by", "to", "due") == expected
