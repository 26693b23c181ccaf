"""The givers of support asked for, named after what it is for: "encourages the necessary support for its implementation
from the administering Power, the United Nations system and relevant stakeholders" (heldout15 A/RES/77/145 op 9, the
Tokelau policy; the Assembly's Tokelau texts say it each year: A/RES/74/109 op 7, 75/118 op 8, 76/101 op 9, 78/97 op 9,
79/110 op 9). agents.FROM read a giver only right after the noun of what is given ("contributions from Member States");
what it is for may stand between when a determiner opens it. Guards: an infinitive's object between is no purpose of
the gift ("cooperation to prevent attacks from armed groups": no one asked), and a giver right after the noun is read
as before."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # heldout15 A/RES/77/145 op 9
        "Also recalls measures taken by Tokelau to safeguard the health of its peoples through its “Tobacco-Free "
        "Tokelau by 2020” policy, launched in 2017, and encourages the necessary support for its implementation from "
        "the administering Power, the United Nations system and relevant stakeholders;",
        [("encourages", {"AdministeringPowers", "UNSystemEntities", "Stakeholders"})],
    ),
    (
        "Encourages increased assistance for the electoral process from Member States;",
        [("encourages", {"MemberStates"})],
    ),
    (  # guards
        "Encourages cooperation to prevent attacks from armed groups;",
        [("encourages", set())],
    ),
    (
        "Encourages further support from bilateral partners;",
        [("encourages", {"DevelopmentPartners"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_givers_of_support_for_a_purpose(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "support for the " + "word " * n + "from the ",  # a long purpose, past the reach of FOR_WHAT
        lambda n: "support for its" + " " * n + "implementation from ",  # a run of spaces inside it
    ],
)
def test_from_linear(make):
    """FROM reads the text before an actor once: its cost grows linearly in a hostile run."""
    from resgraph.extract.agents import FROM
    from tests.growth import LINEAR, growth

    assert growth(make, FROM.search, 2000) < LINEAR
