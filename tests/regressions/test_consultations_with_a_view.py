"""The parties of a joint activity named after "with a view to" the verb's object are asked, as after its infinitive
(nested_joint.py, the stop-27 convention): "encourages progress with a view to concluding consultations between the
nuclear-weapon States and the parties to the Bangkok Treaty on the Protocol to that Treaty" (heldout19 A/RES/76/44
op 4, the gold's States and StatesParties; open A/RES/74/48, 78/50, 80/31 op 4), the nuclear-weapon States read as
States though a hyphenated modifier stands between "between the" and the name. Not the agent of a thing after "by"
nor a partner after "with"."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Calls upon all States concerned to continue to work together, and encourages progress with a view to "
        "concluding consultations between the nuclear-weapon States and the parties to the Treaty on the "
        "Southeast Asia Nuclear Weapon-Free Zone on the Protocol to that Treaty;",
        [("calls-upon", {"States"}), ("encourages", {"States", "StatesParties"})],
    ),
    (
        "Encourages further steps with a view to strengthening cooperation between the United Nations and the African "
        "Union;",
        [("encourages", {"UNSystemEntities", "AfricanUnion"})],
    ),
    (
        "Encourages progress with a view to protecting civilians from attacks by armed groups;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_consultations_with_a_view(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
