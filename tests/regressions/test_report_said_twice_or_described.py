"""A report said twice, a report's description read as reports, and studies handed in other words (survey of
20 GA/HRC/ECOSOC resolutions, seed 20261213, and its checks over corpus-full).

- One report said by a noun and again by the verb, or the other way round: "to compile a report on ... and to
  report to the General Assembly at its seventy-fifth session" (A/RES/74/43 op 5 and its yearly successors), "to
  report on ... and to present its report to the Human Rights Council at its fifty-ninth session" (A/HRC/RES/55/28
  op 43) gave two, the first with no receiver or session (report_same.py).
- Report words that describe the report asked for: "an oral update on his report on technical assistance"
  (A/HRC/RES/54/31 op 46, 57/35 op 55: the report took the update's session and the update none), "a comprehensive
  report containing an update on" (A/HRC/RES/55/21 op 16), "a final report ..., based on national evaluation
  reports," (A/HRC/RES/57/10 op 11), "a report ..., containing: (a) An assessment of ...; (b) An assessment of ..."
  (A/RES/74/117 op 20 and its yearly successors: three reports).
- A study handed in other words: "to prepare and submit to the Human Rights Council, at its fifty-ninth session, a
  study" (A/HRC/RES/55/8 op 17), "to transmit the study prepared by the group of qualified experts to the General
  Assembly" (A/RES/79/241 op 7), "a comprehensive study ... and to submit it to the General Assembly" (A/RES/78/233
  op 25), "to present the study, accessible to persons with disabilities, ..., to the Council" (A/HRC/RES/57/9 op 8)
  gave none.
"""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("by", "to", "session", "form")
CASES = [
    (
        "GA",
        "2019-12-12",
        "5. Requests the Secretary-General to compile a report on measures already taken by international "
        "organizations on issues relating to the linkage between the fight against terrorism and the proliferation "
        "of weapons of mass destruction and to seek the views of Member States on additional relevant measures and to "
        "report to the General Assembly at its seventy-fifth session;",
        [("SecretaryGeneral", "GeneralAssembly", 75, "written")],
    ),
    (
        "HRC",
        "2024-04-05",
        "43. Requests the Commission of Inquiry to report on both the direct and indirect transfer or sale of arms, "
        "and to analyse the legal consequences of these transfers, and to present its report to the Human Rights "
        "Council at its fifty-ninth session;",
        [("CommissionsOfInquiry", "HumanRightsCouncil", 59, "written")],
    ),
    (
        "HRC",
        "2024-10-11",
        "55. Requests the Independent Expert to provide an oral update on his report on technical assistance and "
        "capacity-building in the field of human rights in the Central African Republic to the Human Rights Council at "
        "its fifty-ninth session and to submit a written report to the Council at its sixtieth session and to the "
        "General Assembly at its eightieth session;",
        [
            ("SpecialProcedures", "HumanRightsCouncil", 59, "oral"),
            ("SpecialProcedures", "HumanRightsCouncil", 60, "written"),
            ("SpecialProcedures", "GeneralAssembly", 80, "written"),
        ],
    ),
    (
        "HRC",
        "2024-04-04",
        "16. Requests the High Commissioner to submit a comprehensive report containing an update on the situation of "
        "human rights in the Democratic People’s Republic of Korea since 2014, and taking stock of the implementation "
        "of the commission’s recommendations, to the Human Rights Council at its sixtieth session;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60, "written")],
    ),
    (
        "HRC",
        "2024-10-09",
        "11. Requests the Office of the High Commissioner to submit a final report on the implementation of the fourth "
        "phase of the World Programme, based on national evaluation reports, to the Human Rights Council at its "
        "sixtieth session;",
        [("OHCHR", "HumanRightsCouncil", 60, "written")],
    ),
    (
        "GA",
        "2019-12-13",
        "20. Requests the Secretary-General to submit a report to the General Assembly at its seventy-fifth session, "
        "through the Economic and Social Council, on the implementation of the present resolution, containing:\n\n"
        "(a) An assessment of the assistance actually received by the Palestinian people;\n\n"
        "(b) An assessment of the needs still unmet and specific proposals for responding effectively to them;",
        [("SecretaryGeneral", "GeneralAssembly", 75, "written")],
    ),
    (
        "HRC",
        "2024-04-03",
        "17. Requests the Secretary-General to prepare and submit to the Human Rights Council, at its fifty-ninth "
        "session, a study defining the administrative procedures and budget required to make all Council resolutions "
        "accessible;",
        [("SecretaryGeneral", "HumanRightsCouncil", 59, "written")],
    ),
    (
        "GA",
        "2024-12-24",
        "7. Also requests the Secretary-General to transmit the study prepared by the group of qualified experts to "
        "the General Assembly at its eighty-first session;",
        [("SecretaryGeneral", "GeneralAssembly", 81, "written")],
    ),
    (
        "GA",
        "2023-12-22",
        "25. Welcomes the call by the Secretary-General, and requests the Secretary-General to undertake, with the "
        "least developed countries, a comprehensive study involving all relevant United Nations development system "
        "entities on the existing arrangements, lessons learned and gaps identified and to submit it to the General "
        "Assembly at its seventy-ninth session for further consideration;",
        [("SecretaryGeneral", "GeneralAssembly", 79, "written")],
    ),
    (
        "HRC",
        "2024-10-09",
        "8. Requests the Office of the United Nations High Commissioner for Human Rights to prepare a comprehensive "
        "study on human rights and the social reintegration of persons released from detention, and to present the "
        "study, accessible to persons with disabilities, including in an accessible and easy-to-read format, to the "
        "Council at its sixtieth session;",
        [("OHCHR", "HumanRightsCouncil", 60, "written")],
    ),
    # no second item: the study presented is the one prepared; the findings are the assessment's
    (
        "HRC",
        "2024-10-10",
        "21. Requests the Human Rights Council Advisory Committee to prepare a study on the impact of artificial "
        "intelligence systems on good governance, and to present the study to the Human Rights Council at its "
        "sixty-second session;",
        [("HRCAdvisoryCommittee", "HumanRightsCouncil", 62, "written")],
    ),
    (
        "GA",
        "2025-12-15",
        "6. Requests the Secretary-General to conduct an assessment on the potential need for establishing a "
        "coordination mechanism, and to present the findings and recommendations to the General Assembly at its "
        "eighty-first session for further consideration;",
        [("SecretaryGeneral", "GeneralAssembly", 81, "written")],
    ),
    # a briefing and a report are two
    (
        "GA",
        "2019-12-13",
        "5. Requests the Secretary-General to submit a report on the implementation of the present resolution and to "
        "brief the General Assembly at its seventy-fifth session;",
        [("SecretaryGeneral", "GeneralAssembly", None, "written"), ("SecretaryGeneral", "GeneralAssembly", 75, "oral")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_said_twice_or_described(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, *FIELDS) == expected
