"""The Economic and Social Council names its sessions by year: "to submit to the Economic and Social
Council, before its 2025 session, ... a report" (E/RES/2023/30 op 23), "to transmit to the Council, at
its 2025 session, a report" (op 24) and "to submit a report on its work ... to the Economic and Social
Council for its consideration at its 2025 session" (E/RES/2024/20 op 3, held-out gold) had no session
and no year: only ordinals ("its thirty-fifth session") were read as sessions."""

import pytest

from tests.snippets import reports, snippet

PRE = "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to submit to the Economic and Social Council, before its 2025 session, after "
        "consultation with the Programme Coordinating Board at its fifty-third meeting in December 2023, a report on the "
        "follow-up to Council resolution 2021/26;",
        [("SecretaryGeneral", "ECOSOC", 2025, 2025)],
    ),
    (
        "Requests the Secretary-General to transmit to the Council, at its 2025 session, a report prepared by the "
        "Executive Director on progress made.",
        [("SecretaryGeneral", "ECOSOC", 2025, 2025)],
    ),
    (
        "Requests the Ad Hoc Advisory Group on Haiti to submit a report on its work, with recommendations, as "
        "appropriate, to the Economic and Social Council for its consideration at its 2025 session.",
        [("AdHocAdvisoryGroupHaiti", "ECOSOC", 2025, 2025)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_session_by_year(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "by", "to", "session", "year") == expected


def test_a_year_is_no_session_of_an_organ_numbering_them():
    """The General Assembly numbers its sessions: "its 2025 session" is not its 2,025th."""
    r = snippet(
        "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. Requests the Secretary-General to submit a "
        "report to the General Assembly at its 2025 session;\n"
    )
    assert reports(r, "to", "session", "year") == [("GeneralAssembly", None, None)]
