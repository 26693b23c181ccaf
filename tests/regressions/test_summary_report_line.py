"""`resgraph extract`'s summary of a report due says only what the text gives, and whose session it is.

Met in a trial of the README's commands: A/RES/80/11 (../shared/corpus/A_RES_80_11.md) op 21 asks
the Peacebuilding Commission to report with no session or date, and the summary printed
"PeacebuildingCommission → GeneralAssembly, session None (None)"; E/RES/2018/16
(E_RES_2018_16.tsv) op 23 asks a report "to the General Assembly through the Commission on Crime
Prevention and Criminal Justice at its twenty-eighth session" and the summary printed "→
GeneralAssembly, session 28 (2019)", the Commission's session given as the Assembly's.
"""

from __future__ import annotations

import pytest
from rich.console import Console

from resgraph.models import ReportDue, Span
from resgraph.views import summary
from tests.snippets import resolution

S = Span(0, 1)

CASES = [
    # A/RES/80/11 op 21: no time at all
    (
        ReportDue(21, "PeacebuildingCommission", "GeneralAssembly", None, 51, S),
        "op 21: PeacebuildingCommission → GeneralAssembly, no time given",
    ),
    # E/RES/2018/16 op 23: the session is the Commission's, the report goes through it
    (
        ReportDue(
            23,
            "SecretaryGeneral",
            "GeneralAssembly",
            28,
            37,
            S,
            year=2019,
            through="CCPCJ",
            form="written",
            session_of="CCPCJ",
        ),
        "op 23: SecretaryGeneral → GeneralAssembly through CCPCJ, session 28 of CCPCJ (2019), written",
    ),
    # A/RES/74/170 op 11: the receiver's own session
    (
        ReportDue(11, "UNODC", "CCPCJ", 29, 30, S, year=2020, form="written", session_of="CCPCJ"),
        "op 11: UNODC → CCPCJ, session 29 (2020), written",
    ),
    # A/RES/80/11 op 29: a cycle, no session
    (
        ReportDue(29, "SecretaryGeneral", "GeneralAssembly", None, 60, S, recurrence="biennial", every="P2Y"),
        "op 29: SecretaryGeneral → GeneralAssembly, biennial",
    ),
    # a Council deadline: a date and a delay, no session
    (
        ReportDue(5, "SecretaryGeneral", "SecurityCouncil", None, 9, S, due="2025-03-31", within="P90D"),
        "op 5: SecretaryGeneral → SecurityCouncil, due 2025-03-31, within P90D",
    ),
    (
        ReportDue(7, None, "SecurityCouncil", None, 9, S, year=2024),
        "op 7: (reporter not named) → SecurityCouncil, in 2024",
    ),
]


@pytest.mark.parametrize(("report", "line"), CASES)
def test_report_line(report: ReportDue, line: str) -> None:
    assert summary.report_line(report) == line


def test_summary_never_prints_none(monkeypatch: pytest.MonkeyPatch) -> None:
    r = resolution(
        "1. Requests the Peacebuilding Commission to report to the General Assembly on its work;",
        date="2025-11-26",
        organ="The General Assembly",
    )
    assert r.reports_due, "the snippet asks for a report"
    console = Console(width=200, record=True)
    monkeypatch.setattr(summary, "console", console)
    summary.print_summary(r)
    text = console.export_text()
    assert "report due" in text
    assert "None" not in text
