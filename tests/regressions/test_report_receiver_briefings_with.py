"""Briefings held "with" their audience go to it, as those held "for" it (heldout13 15 op 59, heldout4 12 op 87:
"briefings for all interested Member States", to=MemberStates): "Requests the Joint Steering Committee to Advance
Humanitarian and Development Collaboration to conduct briefings with Member States on its work at least twice a
year" (A/RES/79/226 op 46 (c), 75/233 op 36) and "to conduct regular briefings with Member States on its activities"
(the United Nations Sustainable Development Group, A/RES/75/233 op 84, 79/226 op 97) went to the Assembly, the organ
that speaks. Not "consultations with Member States" after the briefings (no receiver of the briefings), nor "with"
after a report that is no briefing."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "46. Requests the Joint Steering Committee to Advance Humanitarian and Development Collaboration to conduct "
        "briefings with Member States on its work at least twice a year;",
        [("MemberStates", "P6M", "oral")],
    ),
    (
        "97. Reiterates its request to the United Nations Sustainable Development Group to conduct regular briefings "
        "with Member States on its activities;",
        [("MemberStates", None, "oral")],
    ),
    (  # "with" after a report that is no briefing leads no receiver
        "3. Requests the Secretary-General to submit a report on cooperation with Member States;",
        [("GeneralAssembly", None, "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_briefings_with_their_audience(text, expected):
    r = resolution(text, date="2024-12-19", organ="GA")
    assert reports(r, "to", "every", "form") == expected
