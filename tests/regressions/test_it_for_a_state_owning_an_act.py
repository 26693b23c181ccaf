""" "It" standing for a State named only as the owner of an act ("of" after an activity noun): "Deplores the
involvement of Belarus in this unlawful use of force against Ukraine, and calls upon it to abide by its international
obligations" (A/RES/ES-11/1 op 10, the Assembly's emergency session on Ukraine) named no actor: a State after a
preposition is read as a place or an owner, never an actor, so "it" found no one. The one State named after "<act> of"
is whom "it" stands for; with two such States, or a State only as a place, "it" stays no one."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "10. Deplores the involvement of Belarus in this unlawful use of force against Ukraine, and calls upon it to "
        "abide by its international obligations;",
        [("calls-upon", ("state:BLR",))],
    ),
    # two States owning the act: no one
    (
        "10. Deplores the involvement of Belarus and the participation of Armenia in these acts, and calls upon it "
        "to abide by its international obligations;",
        [("calls-upon", ())],
    ),
    # a State only as a place: no one
    (
        "10. Deplores the attacks in Ukraine, and calls upon it to abide by its international obligations;",
        [("calls-upon", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_it_for_a_state_owning_an_act(text, expected):
    r = resolution(text, date="2022-03-02", organ=GA)
    assert mandates(r, "verb", "addressees") == expected


def test_owner_of_an_act_is_linear():
    from resgraph.extract.pronouns import OF_OWNER
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "involvement " * n + "of the", lambda t: OF_OWNER.search(t, 0, len(t)), 2000) < LINEAR
