"""A session said "by the main part of its seventy-ninth session" was not read (only "at its ...
session"): "Requests the Committee on Contributions ... to report thereon to the Assembly by the main
part of its seventy-ninth session" (A/RES/76/238 op 9, held-out five; A/RES/79/249 op 9) is due at the
Assembly's 79th session, in 2024."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "9. Requests the Committee on Contributions, in accordance with its mandate, to review the methodology of the "
        "scale of assessments, and to report thereon to the Assembly by the main part of its seventy-ninth session;",
        [("CommitteeOnContributions", "GeneralAssembly", 79, 2024)],
    ),
    (
        "5. Requests the Secretary-General to submit a report to the General Assembly at its seventy-seventh session;",
        [("SecretaryGeneral", "GeneralAssembly", 77, 2022)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_session_by_the_main_part(text, expected):
    r = resolution(text, date="2021-12-24", organ="GA")
    assert facts(r.reports_due, ("by", "to", "session", "year")) == expected
