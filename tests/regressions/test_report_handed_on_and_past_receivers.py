"""The same report handed on to a second receiver is a report to each ("to submit a report thereon to the General
Assembly at its eighty-first session, and also to transmit the report to the Conference on Disarmament", A/RES/80/49
op 13 and its six yearly twins; "and to present that report, in combination with an oral update, to the General
Assembly at its eighty-first session", A/HRC/RES/60/2 op 33): only the first was read. A report given before is no
receiver or session of the one asked ("building on the report submitted to the Human Rights Council at its
fifty-third session, and to present it to the Council at its fifty-sixth session", A/HRC/RES/54/1 op 23, read at the
53rd; "an update to the report submitted to the General Assembly at its seventy-second session", A/RES/80/95 op 11;
"the recommendations ... that are specifically addressed to the Secretariat", A/RES/74/53 op 7 and twins, read as a
report to the Secretariat); a report still "to be" given is ("its report will be also transmitted and presented to
the General Assembly", A/HRC/RES/54/27 op 22)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2025-12-05",
        "13. Requests the Secretary-General to seek the views of Member States with regard to achieving the objective "
        "of the total elimination of nuclear weapons, and to submit a report thereon to the General Assembly at its "
        "eighty-first session, and also to transmit the report to the Conference on Disarmament;",
        [("GeneralAssembly", 81), ("ConferenceOnDisarmament", None)],
    ),
    (
        "HRC",
        "2025-10-06",
        "33. Requests the Special Rapporteur to present a report to the Human Rights Council at its sixty-third "
        "session, and to present that report, in combination with an oral update, to the General Assembly at its "
        "eighty-first session, in accordance with their respective programmes of work;",
        # and the oral update to the Assembly beside it (test_report_in_combination_with_an_oral_update.py)
        [("HumanRightsCouncil", 63), ("GeneralAssembly", 81), ("GeneralAssembly", 81)],
    ),
    (
        "HRC",
        "2024-04-04",
        "18. Requests the Special Rapporteur to submit a report to the General Assembly at its seventy-ninth session "
        "and to present it to the Human Rights Council at its fifty-eighth session;",
        [("GeneralAssembly", 79), ("HumanRightsCouncil", 58)],
    ),
    (
        "HRC",
        "2023-10-11",
        "23. Requests the Special Rapporteur to prepare a report on the phenomenon of an institutionalized system of "
        "discrimination, building on the report submitted to the Human Rights Council at its fifty-third session, and "
        "to present it to the Council at its fifty-sixth session, to be followed by an enhanced interactive dialogue;",
        [("HumanRightsCouncil", 56)],
    ),
    (
        "GA",
        "2025-12-04",
        "11. Requests the Secretary-General to provide an update to the report submitted to the General Assembly at "
        "its seventy-second session on the impacts of the 30-year period of nuclear testing in French Polynesia;",
        [("GeneralAssembly", None)],
    ),
    (
        "GA",
        "2019-12-12",
        "7. Requests the Secretary-General to implement the recommendations contained in his 2000, 2003 and 2019 "
        "reports on the continuing operation of the Register, in particular the recommendations contained in "
        "paragraphs 122 (a) to (n) of the consensus report of the 2019 group of governmental experts that are "
        "specifically addressed to the Secretariat;",
        [],
    ),
    (
        "HRC",
        "2023-10-11",
        "22. Decides that the Group of Independent Eminent Experts will report annually on its session and activities "
        "to the Human Rights Council, and that its report will be also transmitted and presented to the General "
        "Assembly;",
        [("HumanRightsCouncil", None), ("GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_handed_on_and_past_receivers(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "to", "session") == expected
