"""A passive "that" clause asks no one, its participle irregular ("be made") or its subject several things: "and
requests that such qualified specialist advisers be made available to the SRSG" (S/RES/2066 (2012) op 7) and "requests
that such stakeholder contributions, the studies themselves and an easy-to-read-version of them be made available on
the website of the Office" (A/HRC/RES/55/8 op 14) took the addressee of the clause before, where the hand sets leave
such a clause empty (heldout10 29 op 9, the same words; heldout8 02 op 4 "requests that progress ... be measured").
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2000 (2011),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 52/8,\n\n1. "

CASES = [
    (
        SC + "Requests the Secretary-General to ensure that UNMIL has the requisite qualified specialist advisers; and "
        "requests that such qualified specialist advisers be made available to the SRSG to fill gaps;",
        [("requests", {"SecretaryGeneral"}), ("requests", set())],
    ),
    (
        HRC + "Requests the Office of the High Commissioner to prepare its next annual thematic study, requiring "
        "contributions to be submitted in an accessible format, and requests that such stakeholder contributions, the "
        "studies themselves and an easy-to-read-version of them be made available on the website of the Office;",
        [("requests", {"OHCHR"}), ("requests", set())],
    ),
    # an active clause whose subject goes back to the one before still asks its addressees when that activity is to
    # go on; a thing that is to hold something is no one's (heldout18 26 op 173, tests/regressions/test_such_thing_asked.py)
    (
        SC + "Requests the Secretary-General to provide assistance, and recommends that such assistance continue;",
        [("requests", {"SecretaryGeneral"}), ("recommends", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_passive_with_an_irregular_participle(text, expected):
    r = snippet(text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
