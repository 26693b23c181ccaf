"""An organization the Assembly invites to participate as an observer is asked (vocabulary, stop 49).

"Decides to invite the Amazon Cooperation Treaty Organization to participate in the sessions and the work of the
General Assembly in the capacity of observer" (A/RES/77/116 op 1) read as the Assembly's own decision, the
organization missing from the vocabulary; "the Organization of Ibero-American States for Education, Science and
Culture" (A/RES/78/117 op 1) read as States, for the "States" inside its name. heldout12 (A/RES/75/147 op 1) gives the
organization invited its own id (SIDSDOCK): actors.yaml now has the nine organizations the open corpus invites."""

import pytest

from tests.snippets import mandates, resolution

INVITE = (
    "1. Decides to invite the {} to participate in the sessions and the work of the General Assembly in the capacity "
    "of observer;"
)
CASES = [
    ("Amazon Cooperation Treaty Organization", "ACTO"),
    ("Organization of Ibero-American States for Education, Science and Culture", "OEI"),
    ("Digital Cooperation Organization", "DigitalCooperationOrganization"),
    ("International Solar Alliance", "InternationalSolarAlliance"),
    ("International Coffee Organization", "InternationalCoffeeOrganization"),
    ("Asian Forest Cooperation Organization", "AFoCO"),
    ("Global Dryland Alliance", "GlobalDrylandAlliance"),
    ("Central Asia Regional Economic Cooperation Institute", "CARECInstitute"),
    ("Group of Seven Plus", "G7Plus"),
    ("Small Island Developing States Dock (SIDS DOCK)", "SIDSDOCK"),  # as before
]


@pytest.mark.parametrize("name,expected", CASES)
def test_observer_invited_organizations(name, expected):
    r = resolution(INVITE.format(name), date="2023-12-07", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == [("decides", {expected})]
