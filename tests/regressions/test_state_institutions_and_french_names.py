"""Addressees naming a State by an institution or an abbreviation the vocabulary lacked, and French
names read as a State (issue 12, corpus-full's mandates naming no actor, class "body"):

- a State's legislature asked is the State, as the golds read "the Senate and the National Assembly
  ..., and encourages them" (A/HRC/RES/54/34 op 12: state:COD): "Calls upon the National Assembly of
  Guinea-Bissau" (S/RES/1580 op 4), "urges the Parliament of Afghanistan" (A/RES/75/90 op 36), "Calls on
  the Parliament during the ordinary session" after the State was named (S/RES/2348 op 5, 2409 op 8);
- "the CAR" names the Central African Republic after "of" as "the DRC" does ("encourages the Government
  of the CAR", S/RES/2659 op 16; "the Transitional Authorities of the CAR", 2134 op 47), and counts as
  named for "the Transitional Authorities" (2134 ops 22, 24 and 2149 ops 7-15 read Libya and Chad);
- the Somali Transitional Federal Institutions are the State as the TFG is (S/RES/1725 op 2, 2010 op 2);
  "the Government of National Unity and Transition" is the Congo's of 2003-2006 (S/RES/1493 op 11, 1565
  op 12 read Burundi), "the incoming Government" the State named last (S/RES/1647 op 7);
- a name after a French preposition is part of a French name, no State: "Demands that the Front de
  Libération du Congo disengage" (S/RES/1355 op 2), "the Projet d'Appui au Cycle Electoral au Congo"
  (S/RES/2348 op 4, after which "the Government" read the Republic of the Congo), "the Forces
  Démocratiques de Libération du Rwanda (FDLR)" (S/RES/1906 op 10 read Rwanda asked); the Front is the vocabulary's
  FLC since stop 57.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions on the situation,\n\n"

CASES = [
    (
        "1. Calls upon the National Assembly of Guinea-Bissau, while addressing the issues, to act in a "
        "spirit of cooperation;",
        [("calls-upon", {"state:GNB"})],
    ),
    (
        "1. Calls on the Government of the DRC to hold elections;\n\n2. Calls on the Parliament during the "
        "ordinary session starting on 15 March 2017 to adopt revisions to the electoral law;",
        [("calls-upon", {"state:COD"}), ("calls-upon", {"state:COD"})],
    ),
    (
        "1. Encourages the Government of the CAR to implement the agreement;",
        [("encourages", {"state:CAF"})],
    ),
    (
        "1. Calls upon all parties to armed conflict in the CAR to issue clear orders, and further calls upon "
        "Transitional Authorities to make specific commitments;",
        [("calls-upon", {"PartiesToConflict"}), ("calls-upon", {"state:CAF"})],
    ),
    (
        "1. Calls upon the Transitional Federal Institutions to abide by the terms of the roadmap;",
        [("calls-upon", {"state:SOM"})],
    ),
    (
        "1. Calls upon the Government of National Unity and Transition to cooperate closely with MONUC;",
        [("calls-upon", {"state:COD"})],
    ),
    (
        "1. Emphasizes its concern that the National Transitional Government of Liberia took no action, and "
        "calls on the incoming Government to take such action immediately;",
        [("calls-upon", {"state:LBR"})],
    ),
    (
        "1. Demands that the Front de Libération du Congo disengage and redeploy its forces;",
        [("demands", {"FLC"})],  # the movement's own id since stop 57 (no State still)
    ),
    (
        "1. Encourages donors to fund the Projet d’Appui au Cycle Electoral au Congo (PACEC);\n\n"
        "2. Urges the Government to ensure an environment conducive to a free electoral process;",
        [("encourages", {"Donors"}), ("urges", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_institutions_and_french_names(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
