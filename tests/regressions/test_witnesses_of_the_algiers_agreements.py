"""The guarantors, facilitators and witnesses of the Algiers Agreements (Ethiopia-Eritrea, 2000) are one named group,
AlgiersAgreementsWitnesses (a new id of the heldout22 gold, S/RES/1586 (2005) op 11 "Calls on the witnesses to the
Algiers Agreements to play a more concerted and active role"; S/RES/1398 (2002) op 17, 1430 op 12, 1466 op 12
"Encourages the guarantors, facilitators and witnesses of the Algiers Agreements"), as PeaceProcessCoSponsors is for
the Middle East. The vocabulary lacked them: the sets were empty.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Calls on the witnesses to the Algiers Agreements to play a more concerted and active role to facilitate "
        "their full implementation;",
        [("calls-upon", {"AlgiersAgreementsWitnesses"})],
    ),
    (
        "1. Encourages the guarantors, facilitators and witnesses of the Algiers Agreements to provide their continued "
        "support for the peace process;",
        [("encourages", {"AlgiersAgreementsWitnesses"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_witnesses_of_the_algiers_agreements(text, expected):
    r = resolution(text, date="2005-03-14")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
