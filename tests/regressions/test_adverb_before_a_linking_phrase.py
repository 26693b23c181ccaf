"""A verb in a paragraph's middle after an adverb AND a linking phrase, the adverb first: "...; also in this regard
strongly urges Eritrea to remove the restrictions" (heldout11 S/RES/1622 (2005) op 7, a mandate missed), "; and also in
this regard calls upon Eritrea to reopen" (S/RES/1560 (2004) op 4). Adverbs were read after the linking phrase only
("and in this regard strongly urges"); now on both sides of it."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout11 S/RES/1622 (2005) op 7
        "1. Takes note of the continuing improvement in the climate of cooperation between UNMEE and the parties and "
        "calls on both parties to cooperate fully and expeditiously with UNMEE in the implementation of its mandate; "
        "also in this regard strongly urges Eritrea to remove the restrictions on UNMEE military police in Asmara;",
        [("calls-upon", {"PartiesToConflict"}), ("urges", {"state:ERI"})],
    ),
    (  # S/RES/1560 (2004) op 4
        "1. Welcomes the decision to open the road; and also in this regard calls upon Eritrea to reopen the Asmara to "
        "Barentu road;",
        [("calls-upon", {"state:ERI"})],
    ),
    (  # as before: the linking phrase first, the adverb after it
        "1. Welcomes the report, and in this regard strongly urges Eritrea to remove the restrictions;",
        [("urges", {"state:ERI"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_adverb_before_a_linking_phrase(text, expected):
    assert mandates(resolution(text, date="2005-01-01"), "verb", "addressees", as_sets=True) == expected
