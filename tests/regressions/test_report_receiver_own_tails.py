"""A report sent to two receivers, each with what it carries of its own before the next: its session ("at its
relevant session", "at its seventy-eighth, seventy-ninth and eightieth sessions", "during its 2023 session", "as of
its sixty-fourth session"), a segment ("at the operational activities for development segment") or the dialogue it
is presented in ("to be followed by an enhanced interactive dialogue with ..."). Before, the second receiver was
joined only past "at its Nth session", so A/RES/77/220 op 21 gave one report to the Human Rights Council at the
Assembly's seventy-ninth session, A/RES/77/209 op 49 the Council the Assembly's session, the Assembly's yearly
follow-up of the quadrennial comprehensive policy review (A/RES/77/184 op 11 and its twins) a report to ECOSOC at the
Assembly's session and none to the Assembly, and A/HRC/RES/59/1 op 4 no report to the Assembly. A participant of the
dialogue is no receiver (A/HRC/RES/58/1 op 20), nor a body a later task is addressed to (A/RES/75/255 op 2)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2022-12-15",
        "21. Requests the Secretary-General to continue to seek further the views of Member States and relevant "
        "agencies and to submit to the Human Rights Council at its relevant session and to the General Assembly at its "
        "seventy-ninth session a comprehensive report on the implementation of the present resolution;",
        [("HumanRightsCouncil", None, None), ("GeneralAssembly", 79, 2024)],
    ),
    (
        "GA",
        "2022-12-15",
        "49. Requests the Secretary-General to submit to the Human Rights Council, and to the General Assembly at its "
        "seventy-eighth, seventy-ninth and eightieth sessions, a report on the operations of the Funds;",
        [
            ("HumanRightsCouncil", None, None),
            ("GeneralAssembly", 78, 2023),
            ("GeneralAssembly", 79, 2024),
            ("GeneralAssembly", 80, 2025),
        ],
    ),
    (
        "GA",
        "2022-12-15",
        "11. Also requests the Secretary-General to present a comprehensive, evidence-based and analytical report to "
        "the Economic and Social Council covering all provisions and progress made, lessons learned and challenges in "
        "the implementation of the mandates contained in General Assembly resolution 75/233, as part of his annual "
        "reporting to the Council at the operational activities for development segment during its 2023 session, and "
        "to the Assembly at its seventy-eighth session for its further consideration;",
        [("ECOSOC", 2023, 2023), ("GeneralAssembly", 78, 2023)],
    ),
    (
        "HRC",
        "2025-04-04",
        "4. Requests the Special Rapporteur to submit and present a report on the situation of human rights in Eritrea "
        "to the Human Rights Council at its sixty-second session, to be followed by an enhanced interactive dialogue "
        "with the participation of, inter alia, the Special Rapporteur, civil society and other relevant stakeholders, "
        "and to the General Assembly at its eightieth session;",
        [("HumanRightsCouncil", 62, 2026), ("GeneralAssembly", 80, 2025)],
    ),
    (
        "HRC",
        "2024-10-11",
        "9. Requests the Independent Expert to submit to the Council, at its fifty-seventh session, and to the General "
        "Assembly, at its seventy-ninth session, a comprehensive report;",
        [("HumanRightsCouncil", 57, 2024), ("GeneralAssembly", 79, 2024)],
    ),
    # unchanged: one receiver's session, the respective sessions, a dialogue's participant, a later task's body
    (
        "GA",
        "2022-12-15",
        "5. Requests the Secretary-General to submit a report to the General Assembly and the Human Rights Council at "
        "their seventy-eighth and fifty-fourth sessions, respectively;",
        [("GeneralAssembly", 78, 2023), ("HumanRightsCouncil", 54, 2023)],
    ),
    (
        "HRC",
        "2025-04-04",
        "20. Requests the Commission on Human Rights in South Sudan to present a comprehensive report to the Human "
        "Rights Council at its sixty-first session, to be followed by an enhanced interactive dialogue, which should "
        "also include the participation of the United Nations High Commissioner for Human Rights and civil society;",
        [("HumanRightsCouncil", 61, 2026)],
    ),
    (
        "GA",
        "2020-12-31",
        "2. Resolves that the Secretary-General shall report to the General Assembly at its seventy-seventh session "
        "all commitments made under the provisions of the present resolution, and shall submit supplementary "
        "estimates to the Assembly in respect of such commitments;",
        [("GeneralAssembly", 77, 2022)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_report_receiver_own_tails(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "to", "session", "year") == expected
