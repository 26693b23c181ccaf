"""Found in heldout13 (A/HRC/RES/57/3 (2024) op 27, file 28) and heldout17 (A/HRC/RES/60/2 (2025) op 39), the yearly
Afghanistan texts of the Human Rights Council (also 54/1 op 27): "to present, during an enhanced interactive dialogue
also including the Special Rapporteur's oral update requested in paragraph 22 above, a comprehensive report" is one
written report given at that dialogue, so at the session of paragraph 22's report to the same receiver (the gold: the
sixtieth session, 2025; and the sixty-first, 2026, for 60/2 after "the report of the Special Rapporteur requested in
paragraph 34 above"). What the dialogue includes is the other paragraph's report, referred to, not what the report
asked for holds: the report after it is still asked for (60/2 op 39 was lost whole)."""

import pytest

from tests.snippets import reports, resolution

SR_ORAL = (
    "22. Decides to extend the mandate of Special Rapporteur on the situation of human rights in Afghanistan, for a "
    "period of one year, and requests the Special Rapporteur to present a report to the Human Rights Council at its "
    "fifty-eighth session, to provide an oral update to the Council at its sixtieth session and to present a report to "
    "the General Assembly at its eightieth session;"
)
SR_REPORT = (
    "34. Requests the Special Rapporteur to submit a report to the Human Rights Council at its sixty-first session;"
)

CASES = [
    (
        SR_ORAL
        + "\n\n27. Also requests the Office of the High Commissioner to present, during an enhanced interactive "
        "dialogue also including the Special Rapporteur’s oral update requested in paragraph 22 above, a comprehensive "
        "report, including a mapping of policies and practices, edicts and so-called laws by the Taliban;",
        [
            (22, "SpecialProcedures", "HumanRightsCouncil", 58, 2025, "written"),
            (22, "SpecialProcedures", "HumanRightsCouncil", 60, 2025, "oral"),
            (22, "SpecialProcedures", "GeneralAssembly", 80, 2025, "written"),
            (27, "OHCHR", "HumanRightsCouncil", 60, 2025, "written"),
        ],
    ),
    (
        SR_REPORT + "\n\n39. Also requests the Office of the High Commissioner to present, during an enhanced "
        "interactive dialogue also including the report of the Special Rapporteur requested in paragraph 34 above, a "
        "comprehensive report also reflecting victims’ and survivors’ perspectives on justice and redress;",
        [
            (34, "SpecialProcedures", "HumanRightsCouncil", 61, 2026, "written"),
            (39, "OHCHR", "HumanRightsCouncil", 61, 2026, "written"),
        ],
    ),
    (  # a paragraph that names no session for its report gives none
        "22. Requests the Special Rapporteur to present an oral update to the Human Rights Council;\n\n27. Also "
        "requests the Office of the High Commissioner to present, during an enhanced interactive dialogue also "
        "including the oral update requested in paragraph 22 above, a comprehensive report;",
        [
            (22, "SpecialProcedures", "HumanRightsCouncil", None, None, "oral"),
            (27, "OHCHR", "HumanRightsCouncil", None, None, "written"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_at_another_reports_dialogue(text, expected):
    r = resolution(text, date="2024-10-09", organ="HRC")
    assert reports(r, "op", "by", "to", "session", "year", "form") == expected


@pytest.mark.parametrize("make", [lambda n: "during an interactive dialogue including " + "x " * n + "in paragraph"])
def test_same_dialogue_linear(make):
    """SAME_DIALOGUE reads a bounded run of words: its cost grows linearly in a hostile run."""
    from resgraph.extract.report_refs import SAME_DIALOGUE
    from tests.growth import LINEAR, growth

    assert growth(make, SAME_DIALOGUE.search, 2000) < LINEAR
