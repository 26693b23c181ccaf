"""The Assembly reported to itself: "Also decides to revert to the establishment of an assessment scheme
and currency of appropriation and assessment for the strategic heritage plan at the main part of its
seventy-eighth session" (A/RES/77/263 op 22 and the same paragraph of 74/263, 75/253, 76/246, 78/253,
79/258) asks for no report: "an assessment scheme" (a rate, a framework, a technical assessment mission)
names a thing of its own. "to conduct an assessment ... and to provide the assessment to the Assembly"
is still one."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "22. Also decides to revert to the establishment of an assessment scheme and currency of appropriation and "
        "assessment for the strategic heritage plan at the main part of its seventy-eighth session, and requests the "
        "Secretary-General to provide updated detailed information on these issues;",
        [],
    ),
    (
        "7. Requests the Secretary-General to conduct a comprehensive assessment of the programme and to provide the "
        "assessment to the General Assembly at its seventy-ninth session;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_assessment_naming_a_thing(text, expected):
    r = resolution(text, date="2022-12-30", organ="GA")
    assert facts(r.reports_due, ("by", "to")) == expected
