"""A verb whose object is "the following" with an aside before its colon opens a list whose items name the
addressees, as "the following:" alone does: "Encourages the following, inter alia, as joint courses of action:
(a) All States, in particular the nuclear-weapon States, to immediately take concrete measures ...; (b) All States
possessing nuclear weapons to take actions ..." (A/RES/74/63 op 3 and its twins 75/71, 76/54: the set was empty,
"the following" read as no one). A "the following" that is the object of an ordinary clause, with no colon, opens
no list.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 73/58,\n\n"

CASES = [
    (  # A/RES/74/63 op 3
        "3. Encourages the following, inter alia, as joint courses of action:\n\n"
        "(a) All States, in particular the nuclear-weapon States, to immediately take concrete measures to enhance "
        "transparency and mutual confidence;\n\n"
        "(b) All States possessing nuclear weapons to take actions to reduce the risks of nuclear detonation;\n",
        [("encourages", {"States"})],
    ),
    (  # the aside before "the following" (op 4 of the same texts), as before
        "4. Also encourages, for the purpose of facilitating future-oriented dialogues, the following:\n\n"
        "(a) All States to conduct dialogue regarding the possible impacts of developments in science;\n",
        [("encourages", {"States"})],
    ),
    (  # no colon: no list, the sub-paragraphs' actors are not asked by the verb
        "3. Encourages the following of best practices, and decides to remain seized of the matter;\n\n"
        "(a) All States to take measures;\n",
        [("encourages", set()), ("decides", {"GeneralAssembly"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_following_and_an_aside_before_the_colon(text, expected):
    r = snippet(GA + text)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
