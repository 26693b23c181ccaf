"""A demonym's parties that the text defines for the actors it names (mandates.yaml `defined_parties`): "Urges the
Government of Mali and the Plateforme and Coordination armed groups (“the Malian parties”)" makes "the Malian parties" of
every later paragraph the State beside the armed groups (S/RES/2584 (2021) ops 4, 10, 12, 53, heldout48 03; S/RES/2531
(2020) ops 3, 9, 11, 54, heldout42 01: state:MLI and PartiesToConflict). Near misses: a demonym's parties no text
defines stay PartiesToConflict alone (the golds' "the Ivorian parties", "all Congolese parties"); a definition whose
words do not name the demonym's State adds none, nor one that names the State only as a place ("the signatory armed
groups in Mali"); another demonym's parties in the defining text stay as they were."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2531 (2020),\n\n"

DEFINES = (
    "1. Urges the Government of Mali and the Plateforme and Coordination armed groups (“the Malian parties”) to "
    "accelerate this implementation, through significant, meaningful and measurable progress;\n\n"
)

CASES = [
    (  # heldout48 S/RES/2584 (2021) op 4
        DEFINES
        + "2. Urges the Malian parties to effectively fulfil the following priority measures before the renewal;",
        [{"state:MLI", "PartiesToConflict"}, {"state:MLI", "PartiesToConflict"}],
    ),
    (  # heldout48 S/RES/2584 (2021) op 53, heldout42 S/RES/2531 (2020) op 54: a second verb of its paragraph
        DEFINES + "2. Requests MINUSMA to take fully into account gender considerations, and calls on the Malian "
        "parties to address the need for extra protection for women and children;",
        [{"state:MLI", "PartiesToConflict"}, {"MINUSMA"}, {"state:MLI", "PartiesToConflict"}],
    ),
    (  # the definition in "hereinafter referred to as" words
        "The Security Council,\n\nWelcoming the agreement signed by the Government of the Sudan and the armed "
        "movements (hereinafter referred to as “the Sudanese parties”),\n\n"
        "1. Calls upon the Sudanese parties to implement the agreement;",
        [{"state:SDN", "PartiesToConflict"}],
    ),
    (  # near miss: no definition, the parties alone (heldout12 S/RES/1865 (2009) op 1)
        SC + "1. Calls upon the Ivorian parties to continue to take immediately the concrete steps;",
        [{"PartiesToConflict"}],
    ),
    (  # near miss: another demonym's parties in the defining text stay the parties alone
        DEFINES + "2. Calls upon all Ivorian parties to refrain from violence;",
        [{"state:MLI", "PartiesToConflict"}, {"PartiesToConflict"}],
    ),
    (  # near miss: the definition's words do not name the demonym's State
        SC + "1. Urges the Plateforme and Coordination armed groups (“the Malian parties”) to disarm;\n\n"
        "2. Urges the Malian parties to effectively fulfil the following priority measures;",
        [{"PartiesToConflict"}, {"PartiesToConflict"}],
    ),
    (  # near miss: the State named only as a place is no Government among the parties
        SC + "1. Urges the signatory armed groups in Mali (“the Malian parties”) to disarm;\n\n"
        "2. Urges the Malian parties to effectively fulfil the following priority measures;",
        [{"PartiesToConflict"}, {"PartiesToConflict"}],
    ),
    (  # near miss: nor where the groups operate
        SC + "1. Urges the armed groups operating in northern Mali (“the Malian parties”) to disarm;\n\n"
        "2. Urges the Malian parties to effectively fulfil the following priority measures;",
        [{"PartiesToConflict"}, {"PartiesToConflict"}],
    ),
    (  # a line break inside the defined term
        "1. Urges the Government of Mali and the Plateforme and Coordination armed groups (“the Malian\nparties”) to "
        "accelerate this implementation;\n\n2. Urges the Malian parties to effectively fulfil the following measures;",
        [{"state:MLI", "PartiesToConflict"}, {"state:MLI", "PartiesToConflict"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_parties_the_text_defines(text, expected):
    assert mandates(snippet(text + "\n"), "addressees", as_sets=True) == expected
