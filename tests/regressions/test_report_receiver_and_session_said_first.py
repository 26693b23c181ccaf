"""Reports whose receiver and session are said before them, and sessions listed in other words (survey of 20
GA/HRC/ECOSOC resolutions, seed 20261213, and its checks over corpus-full).

- "to present to the Human Rights Council, at its fifty-sixth session, an oral update ..., and also to submit to the
  Council, at its fifty-seventh session, and to the General Assembly, at its seventy-ninth session, a comprehensive
  report" (A/HRC/RES/54/20 op 9): the update took the fifty-seventh session and the report none, the Assembly's report
  was lost; "with a view to presenting to the Council, at its sixty-eighth session, a comprehensive report" (59/7 op
  16) had no session. A report's scope begins at the verb that hands it over (report_receiver_first.py).
- "to submit to the Human Rights Council, at its sixty-third session, a report on ..., and a report on ..." (57/23
  op 16): the second report goes where the first does.
- "at both the fifty-seventh and fifty-eighth sessions of the Council" (55/22 op 21), "at both its fifty-ninth and
  its sixtieth sessions" (58/25 op 12), "at the Council’s fifty-eighth and sixty-first sessions" (57/36 op 17): one
  report at each session (report_sessions.SESSIONS), not one with none.
"""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("to", "session", "form")
HRC = "HumanRightsCouncil"
CASES = [
    (
        "9. Decides to extend the mandate of Special Rapporteur on the situation of human rights in Burundi for a further "
        "period of one year, and requests the Special Rapporteur to present to the Human Rights Council, at its "
        "fifty-sixth session, an oral update on the situation of human rights in Burundi, and also to submit to the "
        "Council, at its fifty-seventh session, and to the General Assembly, at its seventy-ninth session, a "
        "comprehensive report;",
        [(HRC, 56, "oral"), (HRC, 57, "written"), ("GeneralAssembly", 79, "written")],
    ),
    (
        "16. Requests the Office of the High Commissioner to continue its work, and to present an analytical study on "
        "protection gaps of vulnerable segments of the population to the Human Rights Council at its sixty-second "
        "session, with a view to presenting to the Council, at its sixty-eighth session, a comprehensive report, "
        "including on the measures necessary to bridge protection gaps;",
        [(HRC, 62, "written"), (HRC, 68, "written")],
    ),
    (
        "16. Requests the Secretary-General to submit to the Human Rights Council, at its sixty-third session, a report "
        "on the implementation of the present resolution that includes examples of best practices among national human "
        "rights institutions, prepared in consultation with States, and published in accessible formats, and a report "
        "on the activities of the Global Alliance of National Human Rights Institutions in accrediting national "
        "institutions;",
        [(HRC, 63, "written"), (HRC, 63, "written")],
    ),
    (
        "21. Requests the Commission of Inquiry to give an oral update to the Human Rights Council during an interactive "
        "dialogue at its fifty-sixth session and to present an updated report during an interactive dialogue at both "
        "the fifty-seventh and fifty-eighth sessions of the Council;",
        [(HRC, 56, "oral"), (HRC, 57, "written"), (HRC, 58, "written")],
    ),
    (
        "12. Requests the Commission of Inquiry to present an oral update to the Human Rights Council at both its "
        "fifty-ninth and its sixtieth sessions, to be followed by an updated report during an interactive dialogue at "
        "the sixty-first session of the Council;",
        [(HRC, 59, "oral"), (HRC, 60, "oral"), (HRC, 61, "written")],
    ),
    (
        "17. Requests the fact-finding mission to present to the Human Rights Council an oral update on its work, "
        "followed by an interactive dialogue at the Council’s fifty-eighth and sixty-first sessions, and to submit to "
        "the Council a report on its findings and recommendations, followed by an interactive dialogue at its "
        "sixtieth and sixty-third sessions;",
        [(HRC, 58, "oral"), (HRC, 61, "oral"), (HRC, 60, "written"), (HRC, 63, "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_receiver_and_session_said_first(text, expected):
    r = resolution(text, date="2024-10-10", organ="HRC")
    assert reports(r, *FIELDS) == expected
