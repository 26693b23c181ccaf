"""A body named in what a group of States gives, hosts or deploys qualifies the States: it is not asked (the audit46b
accuracy audit, class 2 (c)). "Urges all Member States, including those contributing AMISOM police and troop
contingents, to respect and implement their obligations" (S/RES/2182 (2014) op 13) asked AMISOM beside Member States,
where the hand sets read "Member States, including those ..." as Member States alone (heldout17 04 op 4, heldout14 04
op 4, heldout6 01 op 21); so "Invites all Member States making financial contributions earmarked for the operational
activities of UN-Habitat to ensure" (A/RES/75/224 op 7, 77/173 op 6, 79/214 op 8: not UNFundsProgrammes) and "Calls on
all Member States hosting peacekeeping operations to promptly investigate" (S/RES/2518 (2020) op 3: not
PeaceOperations). The participles are data (mandates.yaml `what_states_give`, list_members.given); a body joined to
the States by a list word is still asked.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Urges all Member States, including those contributing AMISOM police and troop contingents, to respect and "
        "implement their obligations to prevent the direct or indirect import of charcoal from Somalia;",
        [("urges", {"MemberStates"})],
    ),
    (
        GA,
        "Invites all Member States making financial contributions earmarked for the operational activities of "
        "UN-Habitat to ensure that such resources are fully aligned with the strategic plan of UN-Habitat;",
        [("invites", {"MemberStates"})],
    ),
    (
        SC,
        "Calls on all Member States hosting peacekeeping operations to promptly investigate and effectively prosecute "
        "those responsible for attacks on United Nations personnel;",
        [("calls-upon", {"MemberStates"})],
    ),
    # a list word before the body: it is asked
    (
        GA,
        "Calls upon States hosting refugees and the Office of the United Nations High Commissioner for Refugees to "
        "cooperate;",
        [("calls-upon", {"States", "UNHCR"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_what_states_give(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
