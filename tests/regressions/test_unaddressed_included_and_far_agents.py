"""Mandates that name no addressee, counted as naming one the vocabulary lacks (scripts/mandate_stats.py's "named but
not found", stop 44): who takes part in an activity ("encourages the participation of youth", S/RES/2552 (2020) op 9
and its renewals; "encourages the full and effective participation of women in this process", S/RES/2387 (2017) op 10:
the golds' empty sets, heldout5 01 op 9, heldout8 01 op 9, heldout14 18 op 11) was read as its agent; an agent after
"by" in another clause of the paragraph ("urges their full, effective and timely implementation, and looks forward to
... policy recommendations for action by the international community", A/RES/74/207 op 4 and its five renewals) was
read as the object's; "rounds of informal talks" (the Cyprus texts, S/RES/2618 (2022) op 2 to 2771 (2025) op 2) was no
activity. Each is an activity with no agent now; the agents named in the object's own words still are.
"""

import pytest

from resgraph.extract.unaddressed import clause_after, reason
from resgraph.vocab import load
from tests.snippets import snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        SC,
        "Encourages the participation of youth, and calls on all parties to refrain from incitement to hatred;",
        "activity",
    ),
    (SC, "Encourages the full and effective participation of women in this process;", "activity"),
    (SC, "Encourages the meaningful participation of youth;", "activity"),
    (
        GA,
        "Welcomes the conclusions of the forum, urges their full, effective and timely implementation, and looks "
        "forward to staying engaged so as to provide policy recommendations for action by the international community;",
        "activity",
    ),
    (
        SC,
        "Fully supports the Secretary-General's ongoing engagement and encourages further rounds of informal talks and "
        "reiterates the importance of the sides approaching this process in the spirit of openness;",
        "activity",
    ),
    # still an agent: named in the object's own words
    (GA, "Encourages initiatives by the artisans to promote tolerance;", "agent"),
    (GA, "Encourages the participation of artisans in the fair;", "agent"),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_unaddressed_included_and_far_agents(lead, text, expected):
    v = load()
    r = snippet(lead + text + "\n")
    paragraphs = {p.index: p for p in r.paragraphs}
    first = next(m for m in r.mandates if not m.addressees)
    assert reason(clause_after(paragraphs[first.paragraph].text, first), first.addressee_text, v) == expected
