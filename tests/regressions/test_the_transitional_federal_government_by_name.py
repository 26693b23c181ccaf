"""Somalia's Transitional Federal Government (2004-2012) by its name is Somalia's, not the State named last: "Requests
that all States, including Eritrea, other States in the region, and the Transitional Federal Government ensure
cooperation with the Monitoring Group" (S/RES/1916 (2010) op 10, 2060 (2012) op 16) lost state:SOM, the contextual
"the Transitional Federal Government" reading Eritrea, named just before (heldout19 S/RES/2002 (2011) op 10 reads the
same list with "the TFG": state:SOM added); "urges the Transitional Federal Government" after Djibouti named read
state:DJI (S/RES/1910 (2010) op 15). Not taken: "the Transitional Government", still the State named last (the DRC's,
Haiti's, the CAR's)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "Requests that all States, including Eritrea, other States in the region, and the Transitional Federal "
        "Government ensure cooperation with the Monitoring Group by individuals and entities within their jurisdiction;",
        [("requests", ("States", "state:ERI", "RegionalPartners", "state:SOM"))],
    ),
    (
        "Welcomes the agreement signed in Djibouti, and urges the Transitional Federal Government to continue its "
        "efforts towards reconciliation;",
        [("urges", ("state:SOM",))],
    ),
    (
        "Urges the Transitional Federal Government of Somalia to ensure cooperation with the Monitoring Group;",
        [("urges", ("state:SOM",))],
    ),
    # (not taken: the Transitional Government of the State named before)
    (
        "Welcomes the elections held in Haiti and urges the Transitional Government to continue its efforts;",
        [("urges", ("state:HTI",))],
    ),
]

OPENER = "The Security Council,\n\nRecalling its resolutions,\n\n1. "


@pytest.mark.parametrize("text,expected", CASES)
def test_the_transitional_federal_government_by_name(text, expected):
    r = snippet(OPENER + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
