"""A directive verb written with a capital inside a paragraph, after "and", is read as its lower-case form is:
"Requests and Encourages the Special Representative of the Secretary-General to exercise her good offices" (S/RES/2241
(2015) op 5, heldout30 13) had the request only, and "...; and Requests the Secretary-General to increase the number of
women in UNFICYP" (S/RES/2453 (2019) op 14) no mandate at all. A capital that opens a name is still no verb.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2206 (2015),\n\n1. "

CASES = [
    (
        "Requests and Encourages the Special Representative of the Secretary-General to exercise her good offices;",
        [("requests", {"SpecialRepresentatives"}), ("encourages", {"SpecialRepresentatives"})],
    ),
    (
        "Welcomes the mission's efforts to improve its capacity for liaison and engagement with the sides; and Requests "
        "the Secretary-General to increase the number of women in UNFICYP;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Requests and encourages the Special Representative of the Secretary-General to exercise her good offices;",
        [("requests", {"SpecialRepresentatives"}), ("encourages", {"SpecialRepresentatives"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_capitalised_verb_after_and(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
