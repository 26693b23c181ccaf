"""An alias written with -ize in the vocabulary is matched in its -ise spelling too, which the Security
Council's texts use since about 2016: "calls on Member States and relevant organisations to consider
providing the necessary voluntary funding" (S/RES/2759 (2024) op 52, 2659 op 47, 2709 op 49, 2800 op 45;
"encourages", S/RES/2363 op 16, 2429 op 21) asks the organisations as well; "further calls on all
humanitarian organisations to ensure programming is gender-sensitive" (S/RES/2349 (2017) op 19) asks the
humanitarian actors (wordsearch.both_spellings, at load: the YAML keeps one spelling).
"""

import pytest

from resgraph.wordsearch import both_spellings
from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "Calls on Member States and relevant organisations to consider providing the necessary voluntary funding;",
        [("calls-upon", {"MemberStates", "InternationalOrganizations"})],
    ),
    (
        "Further calls on all humanitarian organisations to ensure programming is gender-sensitive;",
        [("calls-upon", {"HumanitarianActors"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_british_spellings_of_aliases(text, expected):
    r = snippet(OPENERS["SC"] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_both_spellings_leaves_other_words():
    assert both_spellings(["relevant organizations", "Citizens", "Belize", "Organized crime"]) == (
        "relevant organizations",
        "relevant organisations",
        "Citizens",
        "Belize",
        "Organized crime",
        "Organised crime",
    )
