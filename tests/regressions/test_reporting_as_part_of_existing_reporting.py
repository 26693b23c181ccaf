"""Found in heldout29 (A/RES/76/4 ops 7, 19, 24; A/HRC/RES/54/28 op 14, 28): the verb "to report" placed far on in
the reporter's reporting asked for elsewhere was read as a yearly report of its own: "to report annually on progress
made in generating adequate, predictable and sustainable funding for the resident coordinator system as part of his
existing reporting to the Economic and Social Council" ("existing" was no kind of report_part_of.PART_OF_FAR), "to
report on the progress made in the implementation of ... the mandates contained in resolution 75/233, as part of his
annual reporting to the Economic and Social Council ... and to the General Assembly" (the symbol's digits stopped
PART_OF_FAR), "to update the Human Rights Council, from its fifty-sixth session under the annual report on technical
cooperation" ("under" was no preposition of PART_OF_REPORTS). The golds count none (heldout29 24 review r5: twelve
earlier readings against one; heldout7 28 op 12, "in the annual report of the Office"). A report noun of its own
before the place is still counted ("to present a comprehensive ... report to the Economic and Social Council
covering ... resolutions 71/243, 72/279 and 73/248, as part of his annual reporting to the Council ... during its
2020 session", A/RES/74/238 op 6, as heldout26 26 op 72), and so is a briefing before "in existing reporting
mechanisms" (S/RES/2788 (2025) op 13)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "7. Strongly urges all Member States to provide voluntary contributions to the funding of the resident "
        "coordinator system, and requests the Secretary-General to closely monitor the funding situation of the "
        "resident coordinator system and to report annually on progress made in generating adequate, predictable and "
        "sustainable funding for the resident coordinator system as part of his existing reporting to the Economic "
        "and Social Council at its operational activities for development segment;",
        "GA",
        [],
    ),
    (
        "19. Requests the Secretary-General to report on the progress made in the implementation of the mandates "
        "contained in the present resolution and the mandates contained in resolution 75/233, as part of his annual "
        "reporting to the Economic and Social Council at the operational activities for development segment and to "
        "the General Assembly on the progress in the implementation of the quadrennial comprehensive policy review.",
        "GA",
        [],
    ),
    (
        "14. Requests the Office of the High Commissioner to establish and maintain an online repository of technical "
        "cooperation and capacity-building activities, and to update the Human Rights Council, from its fifty-sixth "
        "session under the annual report on technical cooperation and capacity-building in the field of human rights, "
        "on the information gathered there on a yearly basis;",
        "HRC",
        [],
    ),
    (
        "6. Also requests the Secretary-General to present a comprehensive, evidence-based and analytical report to the "
        "Economic and Social Council covering all provisions and progress made, lessons learned and challenges in the "
        "implementation of the mandates contained in General Assembly resolutions 71/243, 72/279 and 73/248, as part "
        "of his annual reporting to the Council at the operational activities for development segment during its 2020 "
        "session, and to the Assembly at its seventy-fifth session for its further consideration;",
        "GA",
        [("SecretaryGeneral", "ECOSOC", 2020), ("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_reporting_as_part_of_existing_reporting(text, organ, expected):
    r = resolution(text, date="2019-12-19", organ=organ)
    assert reports(r, "by", "to", "session") == expected
