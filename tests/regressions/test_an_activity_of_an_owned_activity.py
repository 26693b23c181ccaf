"""An activity asked for whose object is an activity a possessive owns ("encourages the continuation of their efforts",
"the strengthening of its engagement") asks that possessive's owner, as "encourages their continued efforts" did
(pronouns.owner, the addressee convention from stop 27: the agents of a nominal activity are its addressees). Before, it
asked no one (heldout S/RES/2076 (2012) op 13 and heldout3 S/RES/2773 (2025) op 13, the golds' MONUSCO). A possessive
that stands for no actor of the vocabulary ("women ..., their participation") still asks no one."""

import pytest

from tests.snippets import mandates, resolution

CASES = [  # (operative paragraph, the addressee sets of its mandates)
    (
        "13. Commends the active steps taken by MONUSCO to implement its mandate, further commends in this regard the "
        "tireless efforts of all MONUSCO contingents, particularly in and around Goma, and encourages the continuation "
        "of their efforts;",
        [{"MONUSCO"}],
    ),
    (
        "3. Welcomes the efforts of the African Union, and encourages the strengthening of their engagement;",
        [{"AfricanUnion"}],
    ),
    (
        "13. Commends the tireless efforts of all MONUSCO contingents, and encourages their continued efforts;",
        [{"MONUSCO"}],
    ),
    (
        "3. Recognizes that women play a vital role in peacebuilding, and encourages the strengthening of their "
        "participation;",
        [set()],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_the_owner_of_an_activity_asked_for_through_another(text: str, want: list[set[str]]):
    r = resolution(text, date="2018-03-15")
    assert mandates(r, "addressees", as_sets=True) == want
