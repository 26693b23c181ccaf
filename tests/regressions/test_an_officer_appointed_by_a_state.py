"""An officer the text says a State appointed, then asked by its definite name: the State (named.appointed,
mandates.yaml `appointed`).

"Welcomes the appointment by the Government of National Accord and notification to the Committee established pursuant
to paragraph 24 of resolution 1970 (2011) (the Committee) of a focal point responsible for communication with the
Committee ..., requests the focal point to continue to inform the Committee" (heldout S/RES/2362 (2017) op 3, heldout13
S/RES/2441 (2018) op 3: the gold's state:LBY; S/RES/2509 (2020) op 3): "the focal point" had stood for no one (its only
contextual actor, DOALOS, never named in these texts). DOALOS's focal point still stands for DOALOS where it was named.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "SC",
        "3. Welcomes the appointment by the Government of Libya and notification to the Committee established pursuant "
        "to paragraph 24 of resolution 1970 (2011) (the Committee) of a focal point responsible for communication with "
        "the Committee with respect to the measures in resolution 2146 (2014), requests the focal point to continue to "
        "inform the Committee of any vessels transporting petroleum, and urges the Government of Libya to provide "
        "regular updates to the Committee;",
        [("requests", {"state:LBY"}), ("urges", {"state:LBY"})],
    ),
    (
        "GA",
        "367. Notes the work of UN-Oceans, with the Division for Ocean Affairs and the Law of the Sea as the focal point, "
        "and requests the focal point to maintain the UN-Oceans website;",
        [("requests", {"DOALOS"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_an_officer_appointed_by_a_state(organ, text, expected):
    r = resolution(text, date="2018-11-05", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
