"""A mission named by its members, whose words hold a group's name: "Authorizes the United Nations military observers
to continue monitoring the demilitarization of the Prevlaka peninsula ... until 15 July 2002" (S/RES/1387 (2002) ops 1
and 6, heldout19 06: UNMOP; the same words in S/RES/1285, 1307, 1335, 1362 and 1424, 7 texts, 6 terms and 11 mandates
of corpus-full) was read as "the United Nations" (UNSystemEntities). bodies.yaml gives UNMOP the words as a contextual
alias that the Prevlaka texts cue. Without the cue the words stand for no one (they read UNSystemEntities before);
no corpus-full text outside Prevlaka has them with "the" ("an additional 15 United Nations military observers",
S/RES/2152 (2014) op 8, names no addressee either way)."""

import pytest

from tests.snippets import mandates, resolution, terms

PREAMBLE = "Recalling its resolutions 779 (1992) and 981 (1995) on the Prevlaka peninsula,"
CASES = [
    (
        "1. Authorizes the United Nations military observers to continue monitoring the demilitarization of the "
        "Prevlaka peninsula, in accordance with resolutions 779 (1992) and 981 (1995), until 15 July 2002, and "
        "requests the Secretary-General to continue to report to the Council where appropriate;",
        [(1, "authorizes", {"UNMOP"}), (1, "requests", {"SecretaryGeneral"})],
        [(1, "authorizes", "UNMOP", "2002-07-15")],
    ),
    (
        "6. Requests the United Nations military observers and the multinational stabilization force authorized by "
        "the Council in resolution 1088 (1996) of 12 December 1996 to cooperate fully with each other;",
        # the force beside the observers is SFOR (heldout19 06 op 6; tests/regressions/test_multinational_stabilization_force.py)
        [(6, "requests", {"UNMOP", "SFOR"})],
        [],
    ),
]


@pytest.mark.parametrize("text,want_mandates,want_terms", CASES)
def test_observers_in_prevlaka_are_unmop(text, want_mandates, want_terms):
    r = resolution(text, date="2002-01-15", preamble=PREAMBLE)
    assert mandates(r, "op", "verb", "addressees", as_sets=True) == want_mandates
    assert terms(r, "op", "action", "of", "until") == want_terms


def test_observers_without_the_cue_are_not_unmop():
    r = resolution(
        "8. Requests the United Nations military observers to continue their patrols until 30 April 2015;",
        date="2014-04-29",
        preamble="Recalling its resolutions on Western Sahara,",
    )
    assert all("UNMOP" not in m.addressees for m in r.mandates)
    assert all(t.of != "UNMOP" for t in r.mandate_terms)
