"""Fiftieth held-out gold, S/RES/2273 (2016) op 2: "to report within 60 days following consultations with the Libyan
authorities on recommendations for UNSMIL's support" gave the delay (P60D) and no due date: the consultations were
read as an event the delay is counted from. They are the reporter's own steps before it reports, no datable event:
the delay runs from the adoption (the gold: due 2016-05-14). The words are data (reports.yaml `steps_of`, read by
report_delays.WITHIN). An event of others still holds the date back ("within six months of the appointment of the new
Personal Envoy", heldout36 16 op 11: within, no due), and so do others' consultations: only "consultations with" X,
the reporter's own ("within 30 days after consultations between the parties have concluded": no due)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2. Requests the Secretary-General to report within 60 days following consultations with the Libyan "
        "authorities on recommendations for UNSMIL’s support to the subsequent phases of the Libyan transition "
        "process and UNSMIL’s security arrangements;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "P60D", "2016-05-14")],
    ),
    (
        "2. Requests the Secretary-General to report within 60 days after consulting with the parties;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "P60D", "2016-05-14")],
    ),
    # near misses: an event of others, counted from it (no due); the adoption named
    (
        "11. Further requests the Secretary-General to update the Security Council within six months of the "
        "appointment of the new Personal Envoy on ways to progress;",
        [(11, "SecretaryGeneral", "SecurityCouncil", "P6M", None)],
    ),
    (
        "2. Requests the Secretary-General to report within 60 days following the formation of the Government;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "P60D", None)],
    ),
    # others' consultations, no "with": the parties' event, counted from it (no due)
    (
        "2. Requests the Secretary-General to report within 30 days after consultations between the parties have "
        "concluded;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "P30D", None)],
    ),
    (
        "2. Requests the Secretary-General to report within 60 days following the adoption of this resolution;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "P60D", "2016-05-14")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_delay_after_its_own_consultations(text, expected):
    r = resolution(text, date="2016-03-15")
    assert reports(r, "op", "by", "to", "within", "due") == expected
