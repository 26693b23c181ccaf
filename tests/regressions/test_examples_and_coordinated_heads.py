"""Addressee faults of the first two golds (tests/mandate_gold), general ones:

- "Calls on international donors and organizations and the Afghan Government" (S/RES/2145 (2014) op
  22): two heads share a modifier, so "international organizations" are asked too ("States and
  organizations" share none, but the organizations are international ones: test_addressee_list_heads_and_tails);
- "Invites the relevant multilateral funds, institutions and their accredited entities such as the
  Global Environment Facility and the Green Climate Fund to enhance" (E/RES/2024/15 op 11): the bodies
  named as examples of the list's go on with it (not "such as those associated with the United Nations
  regional commissions", E/RES/2023/28 op 14, nor "such as the conference organized by ...");
- "Urges all States outside the Convention ... to join ..., whether by ratifying or acceding to it, and
  all States parties that are in a position to do so to promote" (A/RES/74/62 op 1): a second
  addressee after a comma, its verb left out, qualified by "that are in a position to do so"; "by"
  before a gerund is a means, no agent whose list goes on.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
EC = "The Economic and Social Council,\n\nRecalling its resolution 2021/1,\n\n1. "

CASES = [
    (
        SC,
        "Calls on international donors and organizations and the Afghan Government to adhere to their commitments;",
        [("calls-upon", {"Donors", "InternationalOrganizations", "state:AFG"})],
    ),
    (SC, "Calls upon States and organizations to act;", [("calls-upon", {"States", "InternationalOrganizations"})]),
    (
        EC,
        "Invites the relevant multilateral funds, institutions and their accredited entities such as the Global "
        "Environment Facility and the Green Climate Fund to enhance collaboration with the Network;",
        [("invites", {"InternationalFinancialInstitutions", "GEF", "GreenClimateFund"})],
    ),
    (
        EC,
        "Welcomes the initiative, and encourages other regional mechanisms, such as those associated with the "
        "United Nations regional commissions, to develop similar initiatives;",
        [("encourages", {"InternationalOrganizations"})],
    ),
    (
        GA,
        "Urges all States outside the Convention on Cluster Munitions to join as soon as possible, whether by "
        "ratifying or acceding to it, and all States parties that are in a position to do so to promote adherence "
        "to the Convention;",
        [("urges", {"States", "StatesParties"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_examples_and_coordinated_heads(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
