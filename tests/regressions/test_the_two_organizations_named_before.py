""" "the two organizations" where the text since the last mandate names one of them: the two named last before it
(group_pairs.pair with the group's own contextual reading, stop 50).

"Welcomes the steps that INTERPOL and the United Nations, particularly the United Nations Office on Drugs and Crime,
have taken ..., encourages relevant United Nations agencies to make use of resources and expertise provided by INTERPOL
..., and calls upon the two organizations to further collaborate" (A/RES/75/10 op 12, 77/20 op 12) asked INTERPOL
alone: the pronoun reading looks only at the text since the mandate before ("to make use of ... INTERPOL"), which
names one. The sets read "both organizations", "the two organizations" as the two (heldout11 A/RES/77/13 op 7,
UNSystemEntities,InternationalOrganizations): where that text names fewer than two, the two the running record of
names gives for the group."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "12. Welcomes the steps that INTERPOL and the United Nations, particularly the United Nations Office on Drugs "
        "and Crime, have taken to analyse and respond to the effects of the COVID-19 pandemic on crime, encourages "
        "relevant United Nations agencies to make use of resources and expertise provided by INTERPOL to enhance "
        "international law enforcement cooperation, and calls upon the two organizations to further collaborate on "
        "and coordinate their analysis and responses;",
        [("encourages", {"UNSystemEntities"}), ("calls-upon", {"INTERPOL", "UNSystemEntities"})],
    ),
    (  # not taken: the text names the two itself (the OIC and UNESCO, not the United Nations named before)
        "5. Requests the United Nations and the Organization of Islamic Cooperation to continue;\n\n"
        "19. Notes the cooperation between the Organization of Islamic Cooperation and the United Nations Educational, "
        "Scientific and Cultural Organization, and calls upon the two organizations to expand their cooperation;",
        [("requests", {"UNSystemEntities", "OIC"}), ("calls-upon", {"OIC", "UNFundsProgrammes"})],
    ),
    (  # not taken: one organization named, no second to take
        "1. Welcomes the actions taken by the Inter-Parliamentary Union, and encourages both organizations to enhance "
        "their cooperation;",
        [("encourages", {"IPU"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_two_organizations_named_before(text, expected):
    r = resolution(text, date="2022-12-07", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
