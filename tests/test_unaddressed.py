"""Why a mandate names no actor (extract/unaddressed.py): the text names no addressee, or names one
the vocabulary lacks. Rows are corpus-full paragraphs (issue 12), each with the reason for its
mandate that names no actor; scripts/mandate_stats.py splits the share of such mandates by it."""

import pytest

from resgraph.extract.unaddressed import NAMED, NO_ADDRESSEE, clause_after, reason
from resgraph.vocab import load
from tests.snippets import snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    # the text names no addressee: an activity with no agent (A/RES/79/310 op 21, S/RES/2327 (2016) op 19,
    # A/RES/77/29 op 100, E/RES/2021/17 op 19)
    (GA, "Invites voluntary contributions to the Mission in cash;", "activity"),
    (SC, "Demands the immediate and safe release of detained and kidnapped United Nations personnel;", "activity"),
    (GA, "Strongly encourages giving appropriate consideration to disaster risk reduction;", "activity"),
    (GA, "Encourages efforts to provide transparency of where and how this funding delivers impact;", "activity"),
    # a "that" clause with a thing for subject (S/RES/1828 (2008) op 8, A/RES/79/35 op 31, S/RES/2166 (2014) op 10)
    (SC, "Demands that there be no recurrence of such attacks;", "impersonal"),
    (GA, "Recommends that additional measures be taken to advance disarmament education;", "impersonal"),
    (SC, "Demands that the commitments outlined in that statement be implemented in full;", "impersonal"),
    # a passive "that" clause (S/RES/2720 (2023) op 5), efforts "aimed at" (A/RES/76/202 op 6), a gerund with
    # a hyphen (A/RES/80/178 op 47), an adjective before a comma (S/RES/2617 (2021) op 38)
    (SC, "Requests that the Coordinator be appointed expeditiously;", "impersonal"),
    (GA, "Encourages further efforts aimed at strengthening international cooperation;", "activity"),
    (GA, "Encourages the scaling-up of efforts for remedial learning;", "activity"),
    # an object the window cut at a comma (A/HRC/RES/58/24 op 14), conjuncts (A/RES/80/134 op 6), a funding
    # mechanism (A/RES/76/305 op 8)
    (GA, "Urges full, timely, immediate, unhindered and safe humanitarian access;", "activity"),
    (GA, "Encourages strategic actions and accelerators to address the impacts of the pandemic;", "activity"),
    (GA, "urges longer-term and more flexible funding mechanisms for strengthening capacities;", "activity"),
    # the request renewed is in the text cited (as "Recalls the request contained in paragraph 80 of its
    # resolution 74/252", A/RES/75/101 op 113, which renews no mandate)
    (GA, "Reiterates the request contained in paragraph 80 of its resolution 74/252;", "cited"),
    # who is asked is named in the paragraphs cited (A/RES/76/307 ops 12, 15, the modalities of a high-level meeting)
    (GA, "Invites representatives listed in paragraphs 8 and 9 above, time permitting, to make statements;", "cited"),
    (GA, "Encourages all representatives invited in paragraphs 8 to 11 above to participate actively;", "cited"),
    # "thereof" ends the object: its head is the activity (A/RES/78/59 op 14)
    (GA, "Welcomes the strategy, and requests a review thereof to strengthen the strategy;", "activity"),
    # an infinitive at once (A/RES/75/253 op 8)
    (GA, "Reiterates its request to preserve the historical heritage of the Palais des Nations;", "infinitive"),
    # named but not found: a body, a group, a pronoun, an agent, the items below (A/RES/77/273 op 4,
    # A/RES/75/215 op 13, A/RES/74/130 op 16, A/RES/80/202 op 15, E/RES/2024/15 op 22; "the public and private sectors"
    # of A/RES/80/139 op 30 are PublicAndPrivateSectors since stop 44)
    (GA, "Encourages the Regional Centre for Preventive Diplomacy to continue its work;", "body"),
    (GA, "Calls upon relevant institutions to learn from one another’s efforts;", "group"),
    (GA, "Encourages those who participated to implement their commitments made therein;", "pronoun"),
    (GA, "Encourages the efforts of the artisans to promote tolerance;", "agent"),
    # an activity's agent after "by", "between" is an addressee (the convention from stop 27), unlike a participle's
    (GA, "Encourages initiatives by the artisans to promote tolerance;", "agent"),
    (GA, "Encourages regular reporting by the artisans on tolerance;", "agent"),
    (GA, "Encourages cooperation between the artisans and the farmers;", "agent"),
    (GA, "Invites:\n\n(a) The chambers of commerce to act;", "list"),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_why_a_mandate_names_no_actor(lead, text, expected):
    v = load()
    r = snippet(lead + text + "\n")
    paragraphs = {p.index: p for p in r.paragraphs}
    first = next(m for m in r.mandates if not m.addressees)
    assert reason(clause_after(paragraphs[first.paragraph].text, first), first.addressee_text, v) == expected


def test_the_two_sides_of_the_split_are_apart():
    assert not set(NO_ADDRESSEE) & set(NAMED)
