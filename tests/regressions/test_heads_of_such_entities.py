"""The heads (or members) of a demonstrative group named before: "Proposes that the specialized agencies,
organizations, programmes and funds of the United Nations system cooperate with the Shanghai Cooperation Organization
..., and in this regard recommends that the heads of such entities continue consultations with the Secretary-General"
(A/RES/75/268 op 3 and its renewals 77/338 op 3, 79/332 op 3) named no actor. The heads of a body act as the body (as
"all the members of that committee" asks the committee, the heldout gold of S/RES/1464 (2003) op 3, and "all its
members" the body): the group stands for whom the paragraph named with that noun, as "such entities" alone does."""

import pytest

from resgraph.extract.owned_parts import OF_GROUP
from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "3. Proposes that the specialized agencies, organizations, programmes and funds of the United Nations system "
        "cooperate with the Shanghai Cooperation Organization with a view to jointly implementing programmes to "
        "achieve their goals, and in this regard recommends that the heads of such entities continue consultations "
        "with the Secretary-General of the United Nations;",
        [("recommends", ("UNSystemEntities",))],
    ),
    (
        "3. Encourages the United Nations Development Programme and the United Nations Children’s Fund to cooperate, "
        "and invites the executive heads of these programmes to report on that cooperation;",
        [("encourages", ("UNFundsProgrammes",)), ("invites", ("UNFundsProgrammes",))],
    ),
    # a demonstrative group named nowhere before asks no one
    (
        "3. Recommends that the heads of such entities continue consultations with one another;",
        [("recommends", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_heads_of_such_entities(text, expected):
    r = resolution(text, date="2024-09-12", organ=GA)
    assert mandates(r, "verb", "addressees") == expected


def test_heads_of_such_entities_is_linear():
    from tests.growth import LINEAR, growth

    assert (
        growth(
            lambda n: "the heads of " + "such " * n + "entities",
            OF_GROUP.fullmatch,
            2000,
        )
        < LINEAR
    )
