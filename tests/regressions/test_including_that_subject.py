"""heldout13 A/RES/75/87 op 5, heldout A/RES/79/77 op 5 (and the Assembly's resolutions of that title each year):
"urges full compliance with the obligations under those resolutions, including that the Democratic People's Republic
of Korea abandon its nuclear weapons programme" asked no one: the object is an activity with no agent, and the "that"
clause spelling it out, whose subject is the State asked, was not read (including_that.py). Not a clause of what is."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "5. Reiterates its condemnation of the six nuclear tests, urges full compliance with the obligations under "
        "those resolutions, including that the Democratic People’s Republic of Korea abandon its nuclear weapons "
        "programme and not conduct any further nuclear tests, and encourages all parties to continue diplomatic "
        "efforts;",
        [(5, "urges", ("state:PRK",)), (5, "encourages", ("PartiesToConflict",))],
    ),
    (
        "6. Urges full compliance with the statement, including that the Democratic People’s Republic of Korea is "
        "bound by it;",
        [(6, "urges", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_including_that_subject(text, expected):
    r = resolution(text, date="2020-12-07", organ="GA")
    assert mandates(r, "op", "verb", "addressees") == expected
