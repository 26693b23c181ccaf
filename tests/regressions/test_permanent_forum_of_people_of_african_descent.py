"""The Permanent Forum on People of African Descent named "of" for "on": "Decides to establish the Permanent Forum of
People of African Descent as a consultative mechanism" and "Also decides that the Permanent Forum of People of African
Descent shall appoint for each session ... a Chair and a Vice-Chair" (A/RES/75/314 ops 1 and 5, the resolution that
set it up), "Invites the Permanent Forum of People of African Descent and the Working Group of Experts on People of
African Descent ... to contribute to the elaboration of a draft United Nations declaration" (A/RES/76/226 op 11) named
no actor for the Forum: the vocabulary knew only "on". The decision's addressee is whom it makes act (README "What
counts": "Decides that all States shall" -> States), and a term's `of` is the body's id."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "5. Also decides that the Permanent Forum of People of African Descent shall appoint for each session, on the "
        "basis of regional rotation, a Chair and a Vice-Chair of the Permanent Forum of People of African Descent;",
        [("decides", ("PermanentForumPAD",))],
    ),
    (
        "11. Invites the Permanent Forum of People of African Descent and the Working Group of Experts on People of "
        "African Descent, in accordance with their respective mandates, to contribute to the elaboration of a draft "
        "United Nations declaration;",
        [("invites", ("PermanentForumPAD", "SpecialProcedures"))],
    ),
    (
        "3. Invites the Permanent Forum on People of African Descent to contribute to the declaration;",
        [("invites", ("PermanentForumPAD",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_permanent_forum_of_people_of_african_descent(text, expected):
    r = resolution(text, date="2021-12-24", organ=GA)
    assert mandates(r, "verb", "addressees") == expected


def test_the_forum_established_is_its_id():
    r = resolution(
        "1. Decides to establish the Permanent Forum of People of African Descent as a consultative mechanism for "
        "people of African descent;",
        date="2021-08-02",
        organ=GA,
    )
    assert [(t.action, t.of) for t in r.mandate_terms] == [("establishes", "PermanentForumPAD")]
