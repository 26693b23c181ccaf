"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 20: "Calls again upon all
parties concerned, including United Nations bodies, to consider implementing the recommendations" gave
no mandate: an adverb between the words of "calls upon" ("Calls once again upon", 43 paragraphs of
corpus-full, "calls also upon", "calls further upon", "Calls once more upon") hid the verb."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "20. Calls again upon all States to consider implementing the recommendations;",
        [(20, "calls-upon", ("States",))],
    ),
    (
        "3. Calls once again upon Member States not to recognize any of the measures;",
        [(3, "calls-upon", ("MemberStates",))],
    ),
    (
        "7. Notes the report of the Secretary-General, and calls also upon the international community to support those "
        "investigations;",
        [(7, "calls-upon", ("InternationalCommunity",))],
    ),
    ("8. Calls once more on all States to respect the mandate;", [(8, "calls-upon", ("States",))]),
    ("9. Calls upon all States to act;", [(9, "calls-upon", ("States",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_adverb_inside_calls_upon(text, expected):
    r = resolution(text, date="2025-04-03", organ="GA")
    assert mandates(r, "op", "verb", "addressees") == expected
