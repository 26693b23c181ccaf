"""A demonstrative group of two nouns, the second "arrangements": "Welcomes recent initiatives by regional and
subregional organizations and arrangements for the protection of children affected by armed conflict ... and
encourages such organizations and arrangements, in cooperation with the United Nations, to pursue their efforts"
(S/RES/1539 (2004) op 12, children and armed conflict) named no actor: "arrangements" was not a noun a demonstrative
makes a pronoun of (mandates.yaml `pronoun_nouns`), so "such organizations and arrangements" was read as a name and
found none. With it, the group stands for whom the paragraph named with its noun before, as "such organizations"
alone does; named nowhere before, it still asks no one."""

import pytest

from resgraph.extract.pronouns import PRONOUN
from tests.snippets import mandates, resolution

SC = "The Security Council"

CASES = [
    (
        "12. Welcomes recent initiatives by regional and subregional organizations and arrangements for the "
        "protection of children affected by armed conflict and, in this regard, notes the adoption by ECOWAS of a peer "
        "review framework and encourages such organizations and arrangements, in cooperation with the United Nations, "
        "to pursue their efforts;",
        [("encourages", ("InternationalOrganizations",))],
    ),
    (
        "5. Notes the work of the African Union and the Economic Community of West African States, and encourages "
        "these organizations and arrangements to continue their efforts;",
        [("encourages", ("AfricanUnion", "ECOWAS"))],
    ),
    # named nowhere before: no one
    (
        "5. Encourages such organizations and arrangements to pursue their efforts;",
        [("encourages", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_such_organizations_and_arrangements(text, expected):
    r = resolution(text, date="2004-04-22", organ=SC)
    assert mandates(r, "verb", "addressees") == expected


def test_such_arrangements_is_linear():
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "such " * n + "organizations and arrangements", PRONOUN.fullmatch, 2000) < LINEAR
