"""The reporter of a report a decision asks through "to request": "Decides: ... (c) To request the Special
Representative of the Secretary-General for Children and Armed Conflict to continue to submit reports to the
General Assembly and the Human Rights Council" (A/RES/74/133 op 41 and the rights-of-the-child resolutions after it,
76/147 op 43, 78/187 op 66, 80/190 op 58), "Decides to request the Special Rapporteur ... to submit a report". The
one requested reports, whether the report is a verb or a noun; before, a noun ("to submit reports") took the
deciding Assembly as its reporter (only "the Secretary-General to submit" was read, as a subject)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "41. Decides:\n(a) To request the Secretary-General to submit to the General Assembly at its seventy-fifth "
        "session a comprehensive report on the rights of the child;\n(c) To request the Special Representative of the "
        "Secretary-General for Children and Armed Conflict to continue to submit reports to the General Assembly and "
        "the Human Rights Council on the activities undertaken in the fulfilment of her mandate;\n(e) To request the "
        "Special Rapporteur on the sale of children to continue to submit annual reports to the General Assembly;",
        [
            (41, "SecretaryGeneral", "GeneralAssembly", 75),
            (41, "SpecialRepresentatives", "GeneralAssembly", None),
            (41, "SpecialRepresentatives", "HumanRightsCouncil", None),
            (41, "SpecialProcedures", "GeneralAssembly", None),
        ],
    ),
    (
        "11. Decides to request the Special Rapporteur on the sale of children to submit a report to the General "
        "Assembly at its seventy-fifth session;",
        [(11, "SpecialProcedures", "GeneralAssembly", 75)],
    ),
    (  # no one requested: the Assembly's own decision keeps its reader
        "12. Decides to request the Secretary-General to submit a report to the General Assembly at its seventy-fifth "
        "session;",
        [(12, "SecretaryGeneral", "GeneralAssembly", 75)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_one_requested_reports(text, expected):
    r = resolution(text, date="2019-12-18", organ="GA")
    assert reports(r, "op", "by", "to", "session") == expected
