"""Who leads the addressees is not asked: "Reiterates the request to United Nations country teams under the leadership
of the Resident Coordinator to strengthen joint programming processes" (heldout46 A/RES/75/233 op 96, the gold's
UNCountryTeams alone; A/RES/79/226 op 109 the same words), "Calls upon the United Nations development system, under the
leadership of the Secretary-General, and relevant international organizations" (A/RES/74/301 op 15): every set reads a
leader named so as not addressed (heldout46 22's "under the leadership of the Secretary-General" op 44, the UNSMIL
renewals' Special Representative), as a participle's "led by" already was (addressees.EXCEPT). Near misses: the
leader asked by name is asked; the led group after "including" is still read.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 71/243,\n\n1. "

CASES = [
    (  # heldout46 A/RES/75/233 op 96
        "Reiterates the request to United Nations country teams under the leadership of the Resident Coordinator to "
        "strengthen joint programming processes and the use of joint programmes at the country level;",
        [{"UNCountryTeams"}],
    ),
    (  # A/RES/74/301 op 15
        "Calls upon the United Nations development system, under the leadership of the Secretary-General, and relevant "
        "international organizations and development partners to support programme countries;",
        [{"UNSystemEntities", "InternationalOrganizations", "DevelopmentPartners"}],
    ),
    (  # "overall" and an article: 6 words back to "under"
        "Reiterates the request to United Nations country teams under the overall leadership of the Resident Coordinator "
        "to strengthen joint programming;",
        [{"UNCountryTeams"}],
    ),
    (
        "Calls upon the United Nations development system, under the overall leadership of the Secretary-General, and "
        "relevant international organizations to support programme countries;",
        [{"UNSystemEntities", "InternationalOrganizations"}],
    ),
    (  # "guidance and" and an article: 7 words back to "under"
        "Reiterates the request to United Nations country teams under the guidance and leadership of the Resident "
        "Coordinator to strengthen joint programming;",
        [{"UNCountryTeams"}],
    ),
    (  # near miss: the Resident Coordinator asked by name
        "Requests the Secretary-General and the Resident Coordinator to strengthen joint programming;",
        [{"SecretaryGeneral", "UNSystemEntities"}],
    ),
    (  # near miss: A/RES/79/226 op 47, the teams after "including" still read
        "Calls upon the United Nations development system, including United Nations country teams under the "
        "leadership of Resident Coordinators, to support national efforts;",
        [{"UNSystemEntities", "UNCountryTeams"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_leaders_are_not_asked(text, expected):
    assert mandates(snippet(GA + text + "\n"), "addressees", as_sets=True) == expected
