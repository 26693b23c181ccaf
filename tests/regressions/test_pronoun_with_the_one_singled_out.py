"""A pronoun or a demonstrative group for a group named with a complement and then one of its members singled out:
"Stresses the important role of regional and subregional organisations on child protection, in particular the African
Union, ..., and encourages these organisations to continue the mainstreaming of child protection" (heldout15 05,
S/RES/2764 (2024) op 9: the gold's InternationalOrganizations and AfricanUnion) lost the African Union: the run of
actors named together broke at the complement "on child protection", though with no complement ("organisations, in
particular the African Union") the one singled out was read with the group. The aside past the complement now joins
the run too; the complement's own words are not asked, and a member named after it with "and", not singled out, is
still not read into the group."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "9. Stresses the important role of regional and subregional organisations on child protection, in particular "
        "the African Union, and the strengthening of the AU-UN partnership on children and armed conflict and "
        "recognises progress made in this regard, and encourages these organisations to continue the mainstreaming "
        "of child protection in their peace and security efforts at all levels;",
        [("encourages", {"InternationalOrganizations", "AfricanUnion"})],
    ),
    # a bare pronoun reads the same run
    (
        "9. Stresses the important role of regional and subregional organisations on child protection, in particular "
        "the African Union, and encourages them to continue;",
        [("encourages", {"InternationalOrganizations", "AfricanUnion"})],
    ),
    # near miss: a body named after the complement with "and" is not singled out of the group: not read into it
    (
        "9. Welcomes the role of regional organisations on child protection and the African Union, and encourages "
        "these organisations to continue;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    # near miss: the group named after the aside is not joined to the actor before it
    (
        "9. Welcomes the role of the Government of Mali on security, in particular regional organizations, and "
        "encourages these organizations to continue;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    # near misses (review of d6edfa6): the aside singles out a place of the complement, not one of the group: a State
    # is one of a group of States only, a body of a group of bodies
    (
        "4. Welcomes the role of United Nations agencies in the humanitarian response in the region, in particular "
        "Chad, and encourages these agencies to continue;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        "4. Welcomes the role of regional organizations in the Sahel, in particular Mali, and encourages these "
        "organizations to continue;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (
        "4. Commends the Peacebuilding Commission for its work in the countries on its agenda, in particular the "
        "Central African Republic, and encourages them to continue;",
        [("encourages", {"PeacebuildingCommission"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_pronoun_with_the_one_singled_out(text, expected):
    r = resolution(text, date="2024-12-20", organ="The Security Council")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_aside_past_complement_linear():
    """ASIDE_PAST_COMPLEMENT reads the words between two names once, bounded: linear in a hostile run."""
    from resgraph.extract.name_complements import ASIDE_PAST_COMPLEMENT
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " on " + "the " * n + "X", ASIDE_PAST_COMPLEMENT.fullmatch, 2000) < LINEAR
