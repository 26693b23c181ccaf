"""Each year's ECOSOC resolution on science, technology and innovation for development (E/RES/2021/29, 2022/16,
2023/4, 2024/14, 2025/19) recommends "To request the Gender Advisory Board of the Commission ... to report on
progress at the annual sessions of the Commission": the Board was no actor of the vocabulary (the report was the
Commission's, to ECOSOC), "at the annual sessions of the Commission" named no receiver and no cycle (heldout4
E/RES/2022/16 op 0, heldout6 E/RES/2023/4 op 0: CSTDGenderAdvisoryBoard to CSTD, every P1Y). "To also request the
Gender Advisory Board ... to develop proposals ... and report thereon at the twenty-sixth annual session of the
Commission" is the Board's report at the Commission's 26th session (an ordinal before "annual session" was no
session; the one requested reports)."""

import pytest

from tests.snippets import reports, resolution

PRE = (
    "1. Recommends the following for consideration by national Governments, the Commission on Science and "
    "Technology for Development and the United Nations Conference on Trade and Development:\n\n"
    "(a) The Commission is encouraged:\n\n"
)
CASES = [
    (
        "(i) To request the Gender Advisory Board of the Commission to provide inputs to the policy deliberations of "
        "the Commission, to report on progress at the annual sessions of the Commission and to better integrate a "
        "gender perspective into science, technology and innovation policy reviews;",
        [("CSTDGenderAdvisoryBoard", "CSTD", None, None, "P1Y")],
    ),
    (
        "(i) To also request the Gender Advisory Board of the Commission to develop proposals for its updated work "
        "programme and report thereon at the twenty-sixth annual session of the Commission.",
        [("CSTDGenderAdvisoryBoard", "CSTD", 26, 2023, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_gender_advisory_board(text, expected):
    r = resolution(PRE + text, date="2022-07-21", organ="ECOSOC")
    assert reports(r, "by", "to", "session", "year", "every") == expected
