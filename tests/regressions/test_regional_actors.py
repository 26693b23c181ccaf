"""'Regional actors' the vocabulary lacked (heldout18's miss A/HRC/RES/55/25 op 17, the yearly Mali text of the Human
Rights Council): "Encourages the Malian transitional authorities and all regional and international actors to continue
their efforts" asks the regional actors (RegionalPartners) beside the international ones (InternationalCommunity),
modifiers.coordinated reading "regional" before "international actors"; "regional and national actors" are
stakeholders of every level (heldout11 A/HRC/RES/59/12 op 20, the gold's Stakeholders)."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2000 (2011),\n\n1. "

CASES = [
    (  # A/HRC/RES/55/25 op 17
        HRC
        + "Encourages the Malian transitional authorities and all regional and international actors to continue their "
        "efforts to establish peace and security in Mali;",
        [("encourages", {"state:MLI", "RegionalPartners", "InternationalCommunity"})],
    ),
    (  # A/HRC/RES/59/12 op 20
        HRC
        + "Encourages the international community, relevant United Nations agencies and regional and national actors "
        "to support the Government;",
        [("encourages", {"InternationalCommunity", "UNSystemEntities", "Stakeholders"})],
    ),
    (  # S/RES/2389 (2017) op 10
        SC + "Calls upon all regional actors and the international community to support the implementation of the "
        "Framework;",
        [("calls-upon", {"RegionalPartners", "InternationalCommunity"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_regional_actors(text, expected):
    assert mandates(snippet(text + "\n"), "verb", "addressees", as_sets=True) == expected
