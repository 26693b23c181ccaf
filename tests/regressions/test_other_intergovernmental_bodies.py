"""Intergovernmental bodies named beside States and organizations were read as the United Nations' own
(IntergovernmentalBodies: the bodies that meet at the United Nations, their bureaux and secretariats) or not at all:
"and other appropriate intergovernmental bodies to cooperate in achieving sustainable aquaculture" (A/RES/75/89 op 190),
"technical assistance by States, international financial institutions and relevant intergovernmental organizations
and bodies" (op 232), "international financial institutions, other intergovernmental bodies, regional and national
development banks" (A/RES/74/205 op 11): the golds read InternationalOrganizations (heldout18 26, heldout30 26,
heldout29 23). "Requests all intergovernmental bodies" stays the United Nations' bodies, and so do "other
intergovernmental bodies of the United Nations system" and "... bodies and forums" (review48 finding 4).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "190. Calls upon States, the Food and Agriculture Organization of the United Nations and other specialized "
        "agencies, subregional and regional fisheries management organizations and arrangements, where appropriate, "
        "and other appropriate intergovernmental bodies to cooperate in achieving sustainable aquaculture;",
        [
            (
                "calls-upon",
                {"States", "UNFundsProgrammes", "UNSystemEntities", "RFMOs", "InternationalOrganizations"},
            )
        ],
    ),
    (
        "232. Encourages increased capacity-building and technical assistance by States, international financial "
        "institutions and relevant intergovernmental organizations and bodies for fishers, in particular small-scale "
        "fishers, in developing countries;",
        [("encourages", {"States", "InternationalFinancialInstitutions", "InternationalOrganizations"})],
    ),
    (
        "11. Encourages the international community, including Member States, and all relevant stakeholders, "
        "including the entities of the United Nations system, international financial institutions, other "
        "intergovernmental bodies, regional and national development banks, domestic financial institutions, credit "
        "unions, multi-stakeholder partnerships and relevant non-governmental organizations, as appropriate, to "
        "further develop financial literacy and financial education programmes;",
        [
            (
                "encourages",
                {
                    "InternationalCommunity",
                    "MemberStates",
                    "Stakeholders",
                    "UNSystemEntities",
                    "InternationalFinancialInstitutions",
                    "InternationalOrganizations",
                    "MultiStakeholderPartnerships",
                    "CivilSociety",
                },
            )
        ],
    ),
    (  # after the Council's commissions, the forum's reviews: the United Nations' own (review48 finding 4)
        "5. Invites the functional commissions of the Economic and Social Council and other intergovernmental bodies "
        "and forums to contribute to the thematic review of the high-level political forum;",
        [("invites", {"ECOSOCSubsidiaryBodies", "IntergovernmentalBodies"})],
    ),
    (
        "6. Encourages the Commission on the Status of Women and other intergovernmental bodies of the United Nations "
        "system to mainstream a gender perspective;",
        [("encourages", {"CSW", "IntergovernmentalBodies"})],
    ),
    (  # the United Nations' own, as before
        "24. Requests all intergovernmental bodies to ensure that gender perspectives are mainstreamed;",
        [("requests", {"IntergovernmentalBodies"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_other_intergovernmental_bodies(text, expected):
    r = resolution(text, date="2020-12-08", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
