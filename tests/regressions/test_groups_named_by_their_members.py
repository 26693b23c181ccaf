"""Groups read at the grain the paragraph names them (heldout9's misses): "those countries" after a list of
States stands for those States (S/RES/1690 (2006) op 2: "the deployment of international security forces by the
Governments of Portugal, Australia, New Zealand and Malaysia ..., and encourages those countries to continue to
inform the Council"), not all States; "countries contributing troops and police" are the troop- and
police-contributing countries (S/RES/2037 (2012) op 18 and its Timor-Leste twins); a modifier coordinated before a
one-word alias names that group too: "all Somali and regional parties" (S/RES/1474 (2003) op 6), "bilateral,
regional and multilateral partners" (S/RES/2480 (2019) op 14)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1599 (2005),\n\n1. "

CASES = [
    (
        SC,
        "Expresses its appreciation for the deployment of international security forces by the Governments of "
        "Portugal, Australia, New Zealand and Malaysia in response to the request of the Government of Timor-Leste, "
        "takes note that the work of those forces is facilitating assistance to the people of Timor-Leste, and "
        "encourages those countries to continue to inform the Council of their activities;",
        [("encourages", {"state:PRT", "state:AUS", "state:NZL", "state:MYS"})],
    ),
    (
        SC,
        "Acknowledges the cooperative policy of neighbouring States, including Algeria, Burkina Faso, Mauritania and "
        "Niger in keeping their borders open, and encourages these States to continue this policy;",
        [("encourages", {"state:DZA", "state:BFA", "state:MRT", "state:NER"})],
    ),
    (SC, "Encourages those States to ratify the Convention;", [("encourages", {"States"})]),
    (
        SC,
        "Requests the Secretary-General to keep the Council informed, and urges those countries contributing "
        "troops and police to take appropriate preventive action;",
        [("requests", {"SecretaryGeneral"}), ("urges", {"TroopPoliceContributors"})],
    ),
    (
        SC,
        "Encourages all relevant United Nations agencies, as well as bilateral, regional and multilateral partners to "
        "provide the necessary support;",
        [("encourages", {"UNSystemEntities", "RegionalPartners", "DevelopmentPartners"})],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_groups_named_by_their_members(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
