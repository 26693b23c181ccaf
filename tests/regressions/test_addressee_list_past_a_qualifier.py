"""Third held-out gold (tests/mandate_gold/heldout3): "Invites States and all relevant stakeholders,
including ... specialized agencies, funds and programmes, within their respective mandates,
international human rights mechanisms, national human rights institutions, civil society and the
private sector, to support" (A/HRC/RES/55/17 op 6) lost the bodies after the phrase set off by commas;
"Requests UNDOF, within existing capacities and resources, member states, and relevant parties to
take" (S/RES/2766 (2024) op 8) likewise. A phrase that qualifies the list and names no body ends it
no more than "and, where appropriate," does."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "HRC",
        "6. Invites States and all relevant stakeholders, including international and regional organizations, "
        "including United Nations bodies, specialized agencies, funds and programmes, within their respective "
        "mandates, international human rights mechanisms, national human rights institutions, civil society and the "
        "private sector, to support and promote the links;",
        [
            (
                "invites",
                (
                    "States",
                    "Stakeholders",
                    "InternationalOrganizations",
                    "UNSystemEntities",
                    "HumanRightsMechanisms",
                    "NHRIs",
                    "CivilSociety",
                ),
            )
        ],
    ),
    (
        "SC",
        "8. Requests UNDOF, within existing capacities and resources, Member States and troop-contributing countries "
        "to take all appropriate steps;",
        [("requests", ("UNDOF", "MemberStates", "TroopPoliceContributors"))],
    ),
    (  # the phrase before the infinitive ends the list
        "HRC",
        "3. Invites States, within their respective mandates, to support the work of the Office;",
        [("invites", ("States",))],
    ),
    (  # a phrase that names a body is no qualifier: the Secretary-General is asked alone
        "SC",
        "4. Requests the Secretary-General, in consultation with the African Union, to report on the situation;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_addressee_list_past_a_qualifier(organ, text, expected):
    r = resolution(text, date="2024-04-04", organ=organ)
    assert mandates(r, "verb", "addressees") == expected
