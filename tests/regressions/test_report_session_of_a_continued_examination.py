"""Found in a corpus-full sample of report requests (stop 37, seed 37370): "Decides to continue its examination of the
situation of human rights in the Democratic People's Republic of Korea at its seventy-ninth session, and to this end
requests the Secretary-General to submit a comprehensive report ..." (A/RES/78/218 op 26; the same in each year's text:
A/RES/74/166 op 24, 75/190 op 25, 76/177 op 26, 77/226 op 26, 79/181 op 28, 80/220): the report asked "to this end" is
due at the session the Assembly continues its examination at, which the request's own clause does not name; read
with no session. Only the request right after "to this end" takes it: the Special Rapporteur's, asked next in the
paragraph with no session of its own, keeps none (report_sessions.CONTINUED_AT)."""

import pytest

from tests.snippets import reports, resolution

DPRK = (
    "26. Decides to continue its examination of the situation of human rights in the Democratic People’s Republic "
    "of Korea at its seventy-ninth session, and to this end requests the Secretary-General to submit a comprehensive "
    "report on the situation of human rights in the Democratic People’s Republic of Korea, and requests the Special "
    "Rapporteur to continue to report her findings and recommendations, as well as to report on the follow-up to the "
    "implementation of the recommendations of the commission of inquiry."
)
CASES = [
    (
        DPRK,
        [
            ("SecretaryGeneral", "GeneralAssembly", 79, 2024, "written"),
            ("SpecialProcedures", "GeneralAssembly", None, None, "written"),
        ],
    ),
    (  # a session of the report's own is kept
        "5. Decides to continue its consideration of the question at its seventy-ninth session, and to this end requests "
        "the Secretary-General to submit a report to the General Assembly at its eightieth session;",
        [("SecretaryGeneral", "GeneralAssembly", 80, 2025, "written")],
    ),
    (  # no "to this end": the request is not tied to the continued examination
        "5. Decides to continue its consideration of the question at its seventy-ninth session, and requests the "
        "Secretary-General to submit a report on the implementation of the present resolution;",
        [("SecretaryGeneral", "GeneralAssembly", None, None, "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_session_of_a_continued_examination(text, expected):
    r = resolution(text, date="2023-12-19", organ="GA")
    assert reports(r, "by", "to", "session", "year", "form") == expected


def test_continued_at_is_linear():
    from resgraph.extract.report_sessions import CONTINUED_AT
    from tests.growth import LINEAR, growth

    def make(n: int) -> str:
        return "continue its examination of " + "the x at its ninth session " * n + "and to this end "

    assert growth(make, lambda s: CONTINUED_AT.search(s), 400) < LINEAR
