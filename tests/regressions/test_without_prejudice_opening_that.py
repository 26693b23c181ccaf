"""A "that" clause opening with "without prejudice to ..." and no comma after "that": the actors the aside names are
not its subject. "Decides that without prejudice to the obligations imposed on Member States to freeze the funds ...,
the provision, processing or payment of funds ... are permitted" (heldout35 S/RES/2664 (2022) op 1) read Member States;
the payments are no actor, the Council decides (as the Somalia exemptions). A name with its modal after the aside is
still the subject, and "that, without prejudice to ..., MINURCAT ... shall" keeps its own reading.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/2664 (2022) op 1, abridged
        "Decides that without prejudice to the obligations imposed on Member States to freeze the funds and other "
        "financial assets or economic resources of individuals, groups, undertakings, and entities designated by this "
        "Council or its Sanctions Committees, the provision, processing or payment of funds necessary to ensure the "
        "timely delivery of humanitarian assistance are permitted and are not a violation of the asset freezes;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # not taken: the subject named after the aside, its modal after it
        "Decides that without prejudice to the responsibilities of the Government, all Member States shall take the "
        "necessary measures;",
        [("decides", {"MemberStates"})],
    ),
    (  # S/RES/1923 (2010) op 7, abridged: a comma after "that"
        "Decides further that, without prejudice to paragraph 2 above, MINURCAT shall be authorized to respond to "
        "imminent threats of violence to civilians in its immediate vicinity;",
        [("decides", {"MINURCAT"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_without_prejudice_opening_that(text, expected):
    got = [(verb, set(who)) for verb, who in mandates(snippet(SC + text), "verb", "addressees")]
    assert got == expected
