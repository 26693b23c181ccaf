"""An analysis handed to an organ or by a date is a report due: "further requests the Secretary General to provide it
with an updated analysis and recommendations on the inter-mission cooperation arrangements by 15 June 2011" (S/RES/1981
(2011) op 3; 1992 (2011) op 2), "to submit to the General Assembly at its seventy-ninth session, through the Economic
and Social Council, a comprehensive analysis of the implementation of the present resolution" (A/RES/75/233 op 120,
79/226 op 129). Not "to submit in his next overview report an analysis of trends" (A/RES/76/274 op 24: a part of that
report), "to provide further analysis of and clarification on" (no article), nor an analysis presented at a meeting of
States that is not the organ ("at the Seventh Biennial Meeting", A/RES/74/60 op 27), nor by the date of the next
task ("to provide an analysis of the situation, and to report to the Council by 15 June 2011": one report)."""

import pytest

from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "3. Further requests the Secretary General to provide it with an updated analysis and recommendations on the "
        "inter-mission cooperation arrangements by 15 June 2011;",
        "SC",
        "2011-03-30",
        [("SecretaryGeneral", "SecurityCouncil", "2011-06-15", "written")],
    ),
    (
        "120. Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session, through "
        "the Economic and Social Council, a comprehensive analysis of the implementation of the present resolution;",
        "GA",
        "2020-12-21",
        [("SecretaryGeneral", "GeneralAssembly", None, "written")],
    ),
    (
        "24. Requests the Secretary-General to submit in his next overview report an analysis of trends related to the "
        "application of deductions to reimbursements for non-functional equipment;",
        "GA",
        "2022-06-30",
        [],
    ),
    (
        "37. Requests the Secretary-General to provide further analysis of and clarification on the proposed "
        "amendments to articles 2 and 7 of the statute of the Appeals Tribunal;",
        "GA",
        "2020-12-31",
        [],
    ),
    (
        "27. Requests the Secretariat, within existing resources, to present an analysis of implementation trends, "
        "challenges and opportunities relating to the Programme of Action, at the Seventh Biennial Meeting on the "
        "Programme of Action;",
        "GA",
        "2019-12-12",
        [],
    ),
    (  # the date of the next task is not the analysis's (one report, the one dated)
        "3. Requests the Secretary-General to provide an analysis of the situation, and to report to the Council by "
        "15 June 2011;",
        "SC",
        "2011-03-30",
        [("SecretaryGeneral", "SecurityCouncil", "2011-06-15", "written")],
    ),
    (
        "3. Requests the Secretary-General to provide an analysis of the situation by 15 June 2011;",
        "SC",
        "2011-03-30",
        [("SecretaryGeneral", "SecurityCouncil", "2011-06-15", "written")],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_analysis_handed_as_a_report(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "due", "form") == expected


def test_analysis_handed_is_read_in_linear_time():
    from resgraph.extract import report_summaries as rs

    def run(t):
        rs.delivered(t, 0, len(t) - 12, "analysis", len(t))

    assert growth(lambda n: "to submit to the Council" + " x" * n + " an analysis", run, 200) < LINEAR
    assert growth(lambda n: " of x" + " and  to x" * n + " by 1 May 2020", rs.ANALYSIS_DUE.match, 200) < LINEAR
