"""The United Nations Voluntary Fund for Indigenous Peoples, a named fund (as UNVFVT): "Invites again the United Nations
Voluntary Fund for Indigenous Peoples, within the Fund's rules and established procedures, to facilitate the
participation of Indigenous Peoples' representatives" (heldout20 29, A/HRC/RES/57/15 op 16: the gold's new id UNVFIP;
the Council's yearly indigenous texts) was read as the Indigenous Peoples its name holds."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "16. Invites again the United Nations Voluntary Fund for Indigenous Peoples, within the Fund’s rules and "
        "established procedures, to facilitate the participation of Indigenous Peoples’ representatives;",
        [("invites", {"UNVFIP"})],
    ),
    (
        "9. Encourages States and Indigenous Peoples to contribute to the work of the Expert Mechanism;",
        [("encourages", {"States", "IndigenousPeoples"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_voluntary_fund_for_indigenous_peoples(text, expected):
    r = resolution(text, date="2024-10-10", organ="The Human Rights Council")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
