"""A report's session said otherwise than "at its Nth session": "during the eightieth session of the General
Assembly" (A/RES/77/300 op 25, 78/290 op 18), "for the seventy-seventh session of the General Assembly"
(A/RES/75/212 op 26), "during its seventy-sixth session" (A/RES/74/272 op 4), "prior to its sixty-second
session" (A/HRC/RES/57/15 op 14), "by its sixty-fourth session" (A/HRC/RES/57/10 op 13) gave no session. A
session of another verb before the report is not the report's ("to organize, during its twenty-eighth session,
... discussions ..., and to report thereon", E/RES/2024/13 op 116), nor another organ's session named after it
("in preparation for the General Assembly resolution ... to be negotiated at the seventy-seventh session of the
General Assembly", E/RES/2022/25 op 8, briefings to ECOSOC); and the receiver's own session after the report
comes before another's ("a summary report on the panel discussion held at the fifty-ninth session to the Human
Rights Council at its sixty-first session", A/HRC/RES/56/8 op 18: 61, was 59)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2023-06-26",
        "25. Requests the Secretary-General to provide, in consultation with Member States and in close "
        "collaboration with the World Health Organization, during the eightieth session of the General Assembly, a "
        "progress report on the implementation of the present resolution.",
        [(25, "SecretaryGeneral", "GeneralAssembly", 80, 2025)],
    ),
    (
        "GA",
        "2020-12-21",
        "26. Reiterates its requests to the Secretary-General to prepare a report for the seventy-seventh session of "
        "the General Assembly, to assess progress in the implementation of the first half of the Decade;",
        [(26, "SecretaryGeneral", "GeneralAssembly", 77, 2022)],
    ),
    (
        "GA",
        "2020-04-13",
        "4. Notes the progress made in the construction of the new premises, and requests the Secretary-General to "
        "submit a final report to the General Assembly during its seventy-sixth session;",
        [(4, "SecretaryGeneral", "GeneralAssembly", 76, 2021)],
    ),
    (
        "HRC",
        "2024-10-10",
        "14. Requests the Office of the High Commissioner to make the discussion fully accessible to persons with "
        "disabilities, and to prepare a summary report of the discussion for submission to the Council prior to its "
        "sixty-second session;",
        [(14, "OHCHR", "HumanRightsCouncil", 62, 2026)],
    ),
    (
        "HRC",
        "2024-10-09",
        "13. Requests the Office of the High Commissioner to prepare a summary report of the discussion and to "
        "submit it to the Human Rights Council by its sixty-fourth session.",
        [(13, "OHCHR", "HumanRightsCouncil", 64, 2027)],
    ),
    (
        "HRC",
        "2024-07-10",
        "18. Requests the United Nations High Commissioner for Human Rights to submit a summary report on the panel "
        "discussion held at the fifty-ninth session to the Human Rights Council at its sixty-first session;",
        [(18, "HighCommissionerHumanRights", "HumanRightsCouncil", 61, 2026)],
    ),
    # another verb's session, before the report
    (
        "ECOSOC",
        "2024-07-23",
        "116. Requests the Commission on Science and Technology for Development to collect inputs from member "
        "States and to organize, during its twenty-eighth session, in 2025, substantive discussions on the progress "
        "made, and to report thereon, through the Economic and Social Council, to the General Assembly;",
        [(116, "CSTD", "GeneralAssembly", None, None)],
    ),
    # another organ's session, named after it
    (
        "ECOSOC",
        "2022-07-22",
        "8. Requests the Secretary-General to continue to provide briefing notes and informal briefings on progress in "
        "the implementation of General Assembly resolution 75/233 in preparation for the General Assembly resolution "
        "on the operational activities for development to be negotiated at the seventy-seventh session of the "
        "General Assembly.",
        [(8, "SecretaryGeneral", "ECOSOC", None, None)] * 2,  # the notes and the briefings
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_session_phrases(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "session", "year") == expected
