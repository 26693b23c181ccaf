""" "The Committee" of a Security Council text that never names it in full is the Council's sanctions committee
(issue 12, sample40's reading: S/RES/2094 (2013) op 27 "decides that the Committee may designate any individuals",
read `SecurityCouncil`, as heldout7 15 op 44 "Decides that the Committee may, by consensus" reads
`SanctionsCommittee`; op 19 "requests the Committee to make that information widely available", read no one). The
DPRK texts 2094, 2321, 2371 and 2375 speak of "the Committee" only, the one resolution 1718 (2006) set up: the
contextual alias found no committee named before. The organ's `committee` (organs.yaml, already whom a report
"the Committee" makes is from) now stands for it in the addressees too; a committee named before still wins, and
"the Committee" of a General Assembly text that named none still names no one.
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "SC",
        "Directs the Committee to respond effectively to violations of the measures, and decides that the Committee "
        "may designate any individuals for measures under paragraph 8 (d) of resolution 1718 (2006);",
        [("decides", {"SanctionsCommittee"})],
    ),
    (
        "SC",
        "Requests all States to communicate to the Committee any information available on transfers of aircraft, "
        "and requests the Committee to make that information widely available;",
        [("requests", {"States"}), ("requests", {"SanctionsCommittee"})],
    ),
    (
        "SC",
        "Welcomes the work of the Committee against Torture, and invites the Committee to continue its work;",
        [("invites", {"TreatyBodies"})],
    ),
    (
        "GA",
        "Requests the Committee to continue its work;",
        [("requests", set())],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_committee_never_named_in_full(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
