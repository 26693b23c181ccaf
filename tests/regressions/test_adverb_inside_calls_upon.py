"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 20: "Calls again upon all
parties concerned, including United Nations bodies, to consider implementing the recommendations" gave
no mandate: an adverb between the words of "calls upon" ("Calls once again upon", 43 paragraphs of
corpus-full, "calls also upon", "calls further upon", "Calls once more upon") hid the verb."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

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
    doc = f"---\ndate: 2025-04-03\n---\n\nThe General Assembly,\n\nRecalling its resolutions,\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(m.op, m.verb, m.addressees) for m in r.mandates] == expected
