"""'all States parties to the Convention' (A/RES/77/209 op 39 and 46 more mandates of corpus-full)
was two bodies, States ("all States") and the parties ("Parties to the Convention", the longer alias
taking the words they share); "States Parties to the Convention / Treaty / Protocol" is now an alias
of its own, so the longest name wins."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Urges all States parties to the Convention that have not yet done so to make the declarations;",
        [("urges", ("StatesParties",))],
    ),
    (
        "Calls upon all States parties to the Treaty on the Non-Proliferation of Nuclear Weapons to work towards the "
        "full implementation of the resolution;",
        [("calls-upon", ("StatesParties",))],
    ),
    (
        "Expresses serious concern about the arrears, appeals to all States Parties to the Convention to pay their "
        "assessed contributions to the Authority in full and on time, and urges them to fulfil their obligations;",
        [("urges", ("StatesParties",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_states_parties_to_a_named_treaty(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
