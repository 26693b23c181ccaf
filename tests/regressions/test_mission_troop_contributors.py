"""A mission named right before "troop-contributing countries" qualifies them: it is not asked (the audit46b accuracy
audit, class 2: an actor named only inside a qualifier of the addressee). "calls upon AMISOM troop-contributing
countries, as appropriate, to provide support to this end" (S/RES/1814 (2008) op 11) and "Urges ... the former MISCA
troop and police contributing countries that have been re-hatted under MINUSCA to expedite" (S/RES/2217 (2015) op 25)
asked the mission beside its contributors, where "Urges MINUSMA's troop and police contributing countries" (heldout11
18 op 32) is TroopPoliceContributors alone. "troop" joins mandates.yaml `possessed`; a mission joined to them by a
list word is still asked.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Calls upon AMISOM troop-contributing countries, as appropriate, to provide support to this end;",
        [("calls-upon", {"TroopPoliceContributors"})],
    ),
    (
        "Urges, to this end, the former MISCA troop and police contributing countries that have been re-hatted under "
        "MINUSCA to expedite the procurement and deployment of remaining additional contingent-owned equipment;",
        [("urges", {"TroopPoliceContributors"})],
    ),
    (
        "Urges MINUSMA’s troop and police contributing countries to expedite the procurement;",
        [("urges", {"TroopPoliceContributors"})],
    ),
    (
        "Calls upon AMISOM and troop-contributing countries to continue their efforts;",
        [("calls-upon", {"AMISOM", "TroopPoliceContributors"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mission_troop_contributors(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
