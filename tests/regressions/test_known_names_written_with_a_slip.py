"""A known body's name written as no alias had it: a slip, "Urges increased cooperation by Africa Union Mission in
Somalia (AMISOM) ... to document and register all military equipment" (S/RES/2317 (2016) op 12, S/RES/2385 (2017)
op 13: the agent of the cooperation, AMISOM), and a possessive, "requests the United Nations’ Secretariat to assist
Member States’ training activities" (S/RES/2382 (2017) op 2: the Secretariat), straight or curly. Both were empty."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (  # S/RES/2317 (2016) op 12, S/RES/2385 (2017) op 13
        "Urges increased cooperation by Africa Union Mission in Somalia (AMISOM), as set out in paragraph 6 of "
        "resolution 2182 (2014), to document and register all military equipment captured as part of offensive "
        "operations;",
        [("urges", {"AMISOM"})],
    ),
    (  # S/RES/2382 (2017) op 2
        "Recognizes the need for training, and requests the United Nations’ Secretariat to assist Member States’ "
        "training activities by providing timely and complete information;",
        [("requests", {"Secretariat"})],
    ),
    (
        "Requests the United Nations' Secretariat to assist;",
        [("requests", {"Secretariat"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_known_names_written_with_a_slip(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
