"""A call renewed with no "its" before its noun: "and reiterates calls upon all parties to the conflict to ensure the
protection of civilians" (A/HRC/RES/60/3 op 8, heldout32 30) gave no mandate, where "reiterates its call upon" is a
calls-upon (tests/mandate_gold/README.md "What counts"). The bare noun is read only where it holds its preposition
(verbs.yaml `restating.bare`: "calls upon", "calls on"); "reiterates calls by the Office of the High Commissioner for
the lifting of" (A/RES/79/183 op 15) is another's call, no mandate, as is one whose caller is named before the
infinitive ("made by the Special Rapporteur to increase", verbs.yaml `restating.bare_not_by`).
"""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 57/2,\n\n1. "

CASES = [
    (
        "Expresses deep concern at the situation of civilians exposed to further violence, primarily in El Fasher and "
        "Tawilah, and reiterates calls upon all parties to the conflict to ensure the protection of civilians;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "Renews calls on the Government of the Sudan to cooperate fully with the Fact-Finding Mission;",
        [("calls-upon", {"state:SDN"})],
    ),
    (
        "Reiterates its call upon all parties to the conflict to ensure the protection of civilians;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    # another's call, after "by": no mandate
    (
        "Expresses serious concern at the enforcement of these laws, and reiterates calls by the Office of the United "
        "Nations High Commissioner for Human Rights for the lifting of the laws;",
        [],
    ),
    # the caller named before the infinitive (review 50, 13)
    (
        "Takes note of the report of the Special Rapporteur, and reiterates calls on the international community made "
        "by the Special Rapporteur to increase assistance;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_renewed_call_without_its(text, expected):
    r = snippet(HRC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
