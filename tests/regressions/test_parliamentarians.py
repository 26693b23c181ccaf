"""Parliaments' members asked as parliaments are: "Calls upon Member States, the United Nations system and civil society,
including non-governmental organizations, academia, parliamentarians, the mass media and individuals, to commemorate and
promote the International Day for the Total Elimination of Nuclear Weapons" (heldout20 27, A/RES/80/49 op 12, and the
yearly texts A/RES/74/54, 75/45, 76/36, 77/47, 78/27, 79/47: the gold's IPU, as the vocabulary folds "national
parliaments" and "parliaments" into it): "parliamentarians" named no one."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "12. Calls upon Member States, the United Nations system and civil society, including non-governmental "
        "organizations, academia, parliamentarians, the mass media and individuals, to commemorate and promote the "
        "International Day for the Total Elimination of Nuclear Weapons;",
        [("calls-upon", {"MemberStates", "UNSystemEntities", "CivilSociety", "Academia", "IPU", "Media"})],
    ),
    (
        "5. Encourages members of parliament to raise awareness of the Convention;",
        [("encourages", {"IPU"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parliamentarians(text, expected):
    r = resolution(text, date="2025-12-01", organ="The General Assembly")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
