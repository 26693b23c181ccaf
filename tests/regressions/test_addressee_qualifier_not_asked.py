"""A body named only to qualify another thing is not asked (issue 12, the heldout4 gold).

- "humanitarian organizations having observer status with the United Nations General Assembly"
  (S/RES/1972 (2011) op 5, 9 mandates of corpus-full), "non-governmental organizations in consultative
  status with the Economic and Social Council" (7): the organ a status is with is not asked.
- "further encourages enhanced public strategic communication regarding BINUH’s mandate" (S/RES/2743
  (2024) op 22): the owner of a topic is no agent of the activity; "the Government’s continued
  engagement" asks its owner (the agent of a nominal activity, test_activity_owner_is_its_agent.py).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Requests relevant United Nations agencies and humanitarian organizations having observer status with the "
        "United Nations General Assembly that provide humanitarian assistance to assist;",
        [("requests", {"UNSystemEntities", "HumanitarianActors"})],
    ),
    (
        GA,
        "Invites non-governmental organizations in consultative status with the Economic and Social Council to "
        "contribute to the review;",
        [("invites", {"CivilSociety"})],
    ),
    (
        SC,
        "Encourages enhanced public strategic communication regarding BINUH’s mandate and specific role;",
        [("encourages", set())],
    ),
    (
        SC,
        "Welcomes the commitment of the Government of Somalia, and encourages the Government’s continued engagement "
        "with the region;",
        [("encourages", {"state:SOM"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressee_qualifier_not_asked(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
