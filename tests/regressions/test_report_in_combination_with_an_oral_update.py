"""A report presented "in combination with an oral update" is two reports to each receiver named after the phrase: the
report, written, and the oral update. "requests the Special Rapporteur to present a report to the Human Rights Council
at its sixty-third session, and to present that report, in combination with an oral update, to the General Assembly at
its eighty-first session" (A/HRC/RES/60/2 op 33, the heldout17 gold: HRC 63 written, GA 81 written, GA 81 oral), "to
present its latest report, in combination with an oral update on its work, to the General Assembly at its
seventy-ninth session" (A/HRC/RES/55/1 op 17; 58/1 op 21; the Nicaragua experts, 58/18 op 20, at two sessions). The
update's "oral" made every report of the scope oral, and no second report was read."""

import pytest

from resgraph.extract import report_combined
from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

FIELDS = ("by", "to", "session", "form")

CASES = [
    (
        "33. Decides to extend the mandate of Special Rapporteur on the situation of human rights in Afghanistan for a "
        "period of one year, and requests the Special Rapporteur to present a report to the Human Rights Council at "
        "its sixty-third session, and to present that report, in combination with an oral update, to the General "
        "Assembly at its eighty-first session, in accordance with their respective programmes of work;",
        "2025-10-06",
        [
            ("SpecialProcedures", "HumanRightsCouncil", 63, "written"),
            ("SpecialProcedures", "GeneralAssembly", 81, "written"),
            ("SpecialProcedures", "GeneralAssembly", 81, "oral"),
        ],
    ),
    (
        "17. Also requests the Commission on Human Rights in South Sudan to present its latest report, in combination "
        "with an oral update on its work, to the General Assembly at its seventy-ninth session, followed by an "
        "interactive dialogue;",
        "2024-04-03",
        [
            ("CommissionsOfInquiry", "GeneralAssembly", 79, "written"),
            ("CommissionsOfInquiry", "GeneralAssembly", 79, "oral"),
        ],
    ),
    (
        "20. Also requests the Group of Human Rights Experts on Nicaragua to present its most recent report, in "
        "combination with an oral update on its work, to the General Assembly at its eightieth and eighty-first "
        "sessions, followed by an interactive dialogue;",
        "2025-04-03",
        [
            ("GHREN", "GeneralAssembly", 80, "written"),
            ("GHREN", "GeneralAssembly", 81, "written"),
            ("GHREN", "GeneralAssembly", 80, "oral"),
            ("GHREN", "GeneralAssembly", 81, "oral"),
        ],
    ),
    # an oral update presented to the Council ("present it with"): one report, oral, as before
    (
        "44. Requests the High Commissioner to submit a report to the Council, in the framework of an enhanced "
        "interactive dialogue, at its fifty-seventh session, and to present it with an oral update at its fifty-fifth "
        "session;",
        "2023-10-12",
        [
            ("HighCommissionerHumanRights", "HumanRightsCouncil", 57, "written"),
            ("HighCommissionerHumanRights", "HumanRightsCouncil", 55, "oral"),
        ],
    ),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_report_in_combination_with_an_oral_update(text, date, expected):
    r = resolution(text, date=date, organ="HRC")
    assert reports(r, *FIELDS) == expected


def test_the_pattern_grows_linearly():
    assert growth(lambda n: "in combination with an" + " " * n + "x", report_combined.COMBINED.search, 500) < LINEAR
