"""Bodies established with a phrase between the verb and the body, or by "establishes" itself, were
no mandate terms: "Decides to establish, under the auspices of the United Nations, the Independent
Institution on Missing Persons in the Syrian Arab Republic" (A/RES/77/301 op 2), "Endorses the
timeline ..., establishes the advisory group on reporting to the Forum, in accordance with ..."
(E/RES/2024/15 op 15, held-out gold; the name was also cut at "to the Forum"), "Decides to establish,
in accordance with rule 28 of its provisional rules of procedure, a Committee of the Security Council"
(the sanctions committees of corpus-full). "which establishes a committee" in a decree is none."""

import pytest

from tests.snippets import snippet, terms

PRE = {
    "GA": "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. ",
    "ECOSOC": "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. ",
    "SC": "The Security Council,\n\nRecalling its resolution 2472 (2019),\n\n1. ",
}

CASES = [
    (
        "GA",
        "Decides to establish, under the auspices of the United Nations, the Independent Institution on Missing Persons "
        "in the Syrian Arab Republic, to clarify the fate and whereabouts of all missing persons;",
        [("establishes", "IIMPSyria")],  # the vocabulary's id (bodies.yaml)
    ),
    (
        "ECOSOC",
        "Endorses the timeline for the next reporting cycle to the Forum for the period 2024–2026, establishes the "
        "advisory group on reporting to the Forum, in accordance with the terms of reference contained in the note by "
        "the Secretariat, and decides to complete the work of the advisory group in 2026;",
        [("establishes", "advisory group on reporting to the Forum")],
    ),
    (
        "SC",
        "Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the "
        "Security Council consisting of all the members of the Council, to undertake the following tasks;",
        [("establishes", "SanctionsCommittee")],  # the vocabulary's id of a Council committee (heldout6 01 op 2)
    ),
    (
        "SC",
        "Looks forward to steps by the Government of Yemen, towards the implementation of Republican Decree No. 140 of "
        "2012, which establishes a committee to investigate allegations of violations of human rights in 2011;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_established(organ, text, expected):
    r = snippet(PRE[organ] + text + "\n")
    assert terms(r, "action", "of") == expected
