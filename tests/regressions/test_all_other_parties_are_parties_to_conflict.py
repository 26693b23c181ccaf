""" "All other parties" named beside a Government or other bodies are the parties to the conflict, as "all parties"
are: "Urges the Federal Government of Somalia, all other parties and States, as well as international, regional and
subregional organizations, including AMISOM, to ensure cooperation with the Monitoring Group" (S/RES/2142 (2014) op
11) lost them (the golds read "all other parties" so: heldout15 S/RES/1593 (2005) op 2, heldout8 S/RES/2042 (2012)
op 7). The parties of a treaty named after "other parties" stay its States parties. Found by a random reading outside
the golds (sample38).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "SC",
        "Urges the Federal Government of Somalia, all other parties and States, as well as international, regional "
        "and subregional organizations, including AMISOM, to ensure cooperation with the Monitoring Group;",
        [("urges", {"state:SOM", "PartiesToConflict", "States", "InternationalOrganizations", "AMISOM"})],
    ),
    (
        "SC",
        "Calls upon the Government of Somalia and all other parties to ensure unhindered humanitarian access;",
        [("calls-upon", {"state:SOM", "PartiesToConflict"})],
    ),
    (
        "GA",
        "Encourages other parties to the Convention to ratify the amendment;",
        [("encourages", {"StatesParties"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_all_other_parties_are_parties_to_conflict(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
