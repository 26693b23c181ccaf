""" "The communities", "the local communities" of a text that named Abyei are the Misseriya and Ngok Dinka communities
(issue 12, the heldout23 gold: S/RES/2575 (2021) op 5 "urges the Governments of Sudan and South Sudan and the local
communities", read `LocalCommunities`; S/RES/2230 (2015) op 2 "calls upon the communities and the Governments of Sudan
and South Sudan", the communities lost; as heldout10 14 op 2 reads them). Both are contextual aliases of
`AbyeiCommunities` (actors.yaml), "Abyei" its cue; with no cue named, "the local communities" stay `LocalCommunities`
(its `default_for`) and "the communities" name no one.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Reiterates that the Abyei Area shall be demilitarized from any forces, as well as armed elements of the local "
        "communities, other than UNISFA and the Abyei Police Service, and urges the Governments of Sudan and South "
        "Sudan and the local communities to take all necessary steps to ensure that Abyei is effectively demilitarized;",
        [("urges", {"state:SDN", "state:SSD", "AbyeiCommunities"})],
    ),
    (
        "Welcomes the UNISFA initiatives to support community dialogue in Abyei; in this regard, calls upon the "
        "communities and the Governments of Sudan and South Sudan to take concrete steps towards those goals;",
        [("calls-upon", {"state:SDN", "state:SSD", "AbyeiCommunities"})],
    ),
    (
        "Urges the Government of Mali and the local communities to cooperate;",
        [("urges", {"state:MLI", "LocalCommunities"})],
    ),
    (
        "Calls upon the communities to cooperate;",
        [("calls-upon", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_abyei_communities_named_in_context(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
