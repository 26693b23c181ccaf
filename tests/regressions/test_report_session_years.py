"""Report sessions read against the wrong organ or calendar:
- A/HRC/RES/59/20 op 8: "to present each report to the Council at its sixty-second and sixty-fifth
  sessions" went to the Economic and Social Council (year 62): in the Human Rights Council's text
  "the Council" is the Human Rights Council, whose three sessions a year put session 62 in 2026
  (A/HRC/RES/54/35 op 10 gave session 60 the year 2066).
- E/RES/2025/15: an ordinal session read as the Economic and Social Council's gave the year 35; that
  Council's sessions go by year, so an ordinal is never one of its own.
- A/RES/80/225 op 12: "through the Commission ... at its thirty-fifth session and to submit a report
  to the General Assembly at its eighty-first session" gave the Assembly's session 35 (1980): the
  session is the one after the report when one follows it."""

import pytest

from tests.snippets import reports, snippet

CASES = [
    (
        "The Human Rights Council,",
        "8. Requests the Office of the United Nations High Commissioner for Human Rights to "
        "prepare a summary report on the annual discussions held at the present and sixty-second sessions, to present each "
        "report to the Council at its sixty-second and sixty-fifth sessions, respectively;",
        # one report per session named "respectively" (test_report_survey_second_draw.py)
        [("OHCHR", "HumanRightsCouncil", 62, 2026, (62,)), ("OHCHR", "HumanRightsCouncil", 65, 2027, (65,))],
    ),
    (
        "The Human Rights Council,",
        "10. Requests the Secretary-General to submit a report to the Human Rights Council at its sixtieth session;",
        ("SecretaryGeneral", "HumanRightsCouncil", 60, 2025, (60,)),
    ),
    (
        "The Security Council,",
        "20. Requests the Secretary-General to report to the Council at its sixty-second session;",
        ("SecretaryGeneral", "SecurityCouncil", 62, None, (62,)),
    ),
    (
        "The General Assembly,",
        "3. Requests the Secretary-General to report to the Economic and Social Council at its thirty-fifth session;",
        ("SecretaryGeneral", "ECOSOC", None, None, ()),
    ),
    (
        "The General Assembly,",
        "12. Requests the Secretary-General to ensure proper preparations for the Fifteenth Congress "
        "through the Commission on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report "
        "to the General Assembly at its eighty-first session;",
        ("SecretaryGeneral", "GeneralAssembly", 81, 2026, (81,)),
    ),
    # a report named after its session keeps the session before it
    (
        "The General Assembly,",
        "1. Requests the Secretary-General to submit to the General Assembly at its sixty-eighth session a report;",
        ("SecretaryGeneral", "GeneralAssembly", 68, 2013, (68,)),
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_report_session(opener, text, expected):
    r = snippet(f"{opener}\n\nRecalling its resolution 1/1,\n\n{text}\n")
    assert reports(r, "by", "to", "session", "year", "sessions") == (
        expected if isinstance(expected, list) else [expected]
    )
