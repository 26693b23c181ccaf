"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 16: "Requests the High
Commissioner to provide an oral update ... at its sixty-first session and to submit a full report ...
at its sixty-fourth session, and recalls its request to the High Commissioner in its resolution 55/21
to submit a comprehensive report ... to the Council at its sixtieth session" gave four reports: the
recalled request of resolution 55/21 is that resolution's, no report due of this one."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "HRC",
        "16. Requests the High Commissioner to provide an oral update on the progress made in this regard to the Human "
        "Rights Council at its sixty-first session and to submit a full report on the implementation of the "
        "recommendations to the Council at its sixty-fourth session, and recalls its request to the High Commissioner "
        "in its resolution 55/21 to submit a comprehensive report containing an update on the situation, to the "
        "Council at its sixtieth session, to be followed by an enhanced interactive dialogue;",
        [(16, "HighCommissionerHumanRights", 61, "oral"), (16, "HighCommissionerHumanRights", 64, "written")],
    ),
    (
        "GA",
        "5. Takes note of the report, recalls the request to the Secretary-General to submit a report to the General "
        "Assembly at its eightieth session, and requests him to submit a report on the new measures to the Assembly "
        "at its eighty-first session;",
        [(5, "SecretaryGeneral", 81, "written")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_recalled_request_is_no_report(organ, text, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert reports(r, "op", "by", "session", "form") == expected
