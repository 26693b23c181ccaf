"""A second receiver named by its session, with its own "to": "to submit an annual report to the Economic and Social
Council, and to the subsequent session of the General Assembly" (A/RES/79/203 op 18, 80/136 op 22) gave the report
to ECOSOC alone; "to submit a written report to the Council at its fifty-seventh session and to the seventy-ninth
session of the General Assembly" (A/HRC/RES/54/31 op 46, heldout29 29) gave the Council's alone. A report to each
receiver (tests/mandate_gold/README.md "What counts"), the Assembly's at the session named before its name. Not a
session of another organ said in the report's topic, with no "to" of its own ("on the follow-up to the Fourth World
Conference on Women and to the twenty-third special session of the General Assembly": one report, to the organ
named)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2024-12-19",
        "18. Requests the Secretary-General, beginning from 2026, to submit an annual report to the Economic and "
        "Social Council, and to the subsequent session of the General Assembly, on the follow-up to and "
        "implementation of the Antigua and Barbuda Agenda for Small Island Developing States, including on progress "
        "made and continuing challenges faced, for their further consideration;",
        [("ECOSOC", None, "P1Y", "written"), ("GeneralAssembly", None, "P1Y", "written")],
    ),
    (
        "HRC",
        "2023-10-12",
        "46. Requests the Independent Expert to provide an oral update on his report on technical assistance and "
        "capacity-building in the field of human rights in the Central African Republic to the Human Rights Council "
        "at its fifty-sixth session and to submit a written report to the Council at its fifty-seventh session and "
        "to the seventy-ninth session of the General Assembly;",
        [
            ("HumanRightsCouncil", 56, None, "oral"),
            ("HumanRightsCouncil", 57, None, "written"),
            ("GeneralAssembly", 79, None, "written"),
        ],
    ),
    (  # the first receiver with no session of its own, the second's said before its name (review54-D 1)
        "GA",
        "2024-12-19",
        "18. Requests the Secretary-General to submit a report to the Economic and Social Council and to the "
        "eightieth session of the General Assembly on the implementation of the present resolution;",
        [("ECOSOC", None, None, "written"), ("GeneralAssembly", 80, None, "written")],
    ),
    (  # the session of another organ in the topic, no "to" of its own: one report
        "ECOSOC",
        "2023-07-25",
        "3. Requests the Secretary-General to submit a report to the Commission on the Status of Women on the "
        "follow-up to the Fourth World Conference on Women and to the twenty-third special session of the General "
        "Assembly;",
        [("CSW", None, None, "written")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_second_receiver_named_by_session(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "to", "session", "every", "form") == expected
