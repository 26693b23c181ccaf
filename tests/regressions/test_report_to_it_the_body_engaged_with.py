""" "to it" was the organ that speaks: "requests the Working Group to continue to engage with the
Commission on the Status of Women, including by participating in its work and formally reporting to
it" (A/HRC/RES/56/22 op 12, A/HRC/RES/59/14 op 5, held-out five) reports to the Commission; "it" is
the body engaged with, named before it. With none, "to it" is still the speaker ("to provide to it a
report")."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "HRC",
        "12. Calls upon all States to cooperate with the Working Group on discrimination against women and girls, and "
        "requests the Working Group to continue to "
        "engage with the Commission on the Status of Women, including by participating in its work and formally "
        "reporting to it;",
        [("SpecialProcedures", "CSW")],
    ),
    (
        "SC",
        "5. Requests the Secretary-General, in consultation with the African Union, to provide to it a report on the "
        "matter;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_to_it(organ, text, expected):
    r = resolution(text, date="2024-07-12", organ=organ)
    assert facts(r.reports_due, ("by", "to")) == expected
