"""A phrasal participle's "by" (mandates.yaml `by_particles`, "drawn" in `by_participles`) names who made the thing it
qualifies, no agent of the activity asked for: "Encourages the effective implementation of the national development
plan for the period 2024–2028 ..., drawn up by the authorities of the Central African Republic with the technical and
financial support of [MINUSCA] and the United Nations country team" (A/HRC/RES/57/35 op 45, heldout48 29: no addressee;
we read state:CAF). Near misses: an activity's own "by" still names its agent, and
so does a gerund's particle ("the scaling up by Member States"); an activity noun before "carried out by"
(verbs.yaml `agent_participles`) keeps its agent."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 54/32,\n\n1. "

CASES = [
    (  # heldout48 A/HRC/RES/57/35 op 45
        "Encourages the effective implementation of the national development plan for the period 2024–2028 and the "
        "national human rights policy and its action plan for the period 2023–2027, drawn up by the authorities of the "
        "Central African Republic with the technical and financial support of the United Nations country team;",
        [set()],
    ),
    (  # "set up by": the body's maker
        "Encourages the work of the commission set up by the Government of Mali;",
        [set()],
    ),
    (  # near miss: the activity's own agent
        "Encourages the implementation of the plan by the Government of Mali;",
        [{"state:MLI"}],
    ),
    (  # near miss: a gerund's particle keeps its agent ("the scaling up by Member States")
        "Encourages the scaling up by Member States of their contributions;",
        [{"MemberStates"}],
    ),
    (  # near miss: efforts carried out by their agent
        "Encourages the efforts carried out by the Government of Mali;",
        [{"state:MLI"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_thing_drawn_up_by_is_no_agent(text, expected):
    assert mandates(snippet(HRC + text + "\n"), "addressees", as_sets=True) == expected
