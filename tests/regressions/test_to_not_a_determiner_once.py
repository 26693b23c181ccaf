"""The words that make "to" open a noun phrase, not an infinitive ("to the Council", not "to engage"), are written once,
in addressees (NOT_AN_INFINITIVE, TO_VERB), for every pattern that reads a task's "to + verb" (review 49, finding 9):
report_own_task.LATER_TASK and report_addressed._OTHERS_DEADLINE held the same words with some of their own, so that a
word added to one list would not reach the others. No reading changes: the wordings these patterns are for read as before."""

import re
from pathlib import Path

import pytest

from tests.snippets import reports, resolution

EXTRACT = Path(__file__).resolve().parents[2] / "src" / "resgraph" / "extract"
LIST = re.compile(r"the\|all\|its\|their\|his\|her\|a\|an\|this\|that\|these\|those|the\|an\?\|all\|each\|its")

CASES = [
    (  # LOOSE_JOIN: a second receiver, no infinitive between (_VERB_BETWEEN)
        "1. Requests the Special Rapporteur to submit an annual report to the Human Rights Council on the activities "
        "undertaken, and to the General Assembly at its seventy-fifth session;",
        "HRC",
        "2019-10-01",
        [
            ("SpecialProcedures", "HumanRightsCouncil", None, None, "P1Y"),
            ("SpecialProcedures", "GeneralAssembly", 75, None, "P1Y"),
        ],
    ),
    (  # ... and a task of another verb between: one report
        "1. Requests the Special Rapporteur to submit an annual report to the Human Rights Council on the activities "
        "undertaken, and to engage with the General Assembly;",
        "HRC",
        "2019-10-01",
        [("SpecialProcedures", "HumanRightsCouncil", None, None, "P1Y")],
    ),
    (  # LATER_TASK: a task of its own after the report, with its own date (S/RES/2697 (2023) op 6)
        "6. Requests the Secretary-General to continue to submit and present reports to the Council on the Team's "
        "activities every 180 days and to develop, by 15 March 2024, a roadmap;",
        "SC",
        "2023-06-30",
        [("SecretaryGeneral", "SecurityCouncil", None, None, "P180D")],
    ),
    (  # ... not "to the Committee", a receiver
        "6. Requests the Secretary-General to report to the Council on the situation every 180 days and to the "
        "Committee by 15 March 2024;",
        "SC",
        "2023-06-30",
        [("SecretaryGeneral", "SecurityCouncil", None, "2024-03-15", "P180D")],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_to_not_a_determiner_readings(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "session", "due", "every") == expected


# (report_receiver_tails._VERB_BETWEEN is built from TO_VERB by mend49b's finding 5 commit, which rewrites its lines)
@pytest.mark.parametrize("module", ["report_own_task.py", "report_addressed.py"])
def test_to_not_a_determiner_written_once(module):
    source = (EXTRACT / module).read_text(encoding="utf-8")
    assert not LIST.search(source)
    assert "NOT_AN_INFINITIVE" in source
