"""Addressee lists that lost a member (issue 12, the heldout4 gold): a body the vocabulary named in
no alias, or a head coordinated past the first modifier.

- "Member States, intergovernmental and non-governmental organizations and other relevant entities"
  (E/RES/2025/15 op 7, A/RES/80/225 op 7), "other concerned entities" (A/RES/74/171 op 13): the
  entities are stakeholders; "the relevant entities and organizations of the United Nations system"
  stay the system's entities.
- "non-governmental organizations and research institutes" (A/RES/79/43 op 5, and the same paragraph
  in A/RES/74/57 ... 78): research institutes are academia.
- "international financial institutions and organizations" (A/RES/75/319 op 3): the head
  "organizations" shares the alias's first word, "international", not both its modifiers.
- "relevant United Nations bodies and other organizations and interested parties" (S/RES/1980 (2011)
  op 21, S/RES/1727 (2006) op 11): other organizations are international organizations; "executive
  heads of other organizations of the common system" are the United Nations system's.
- "States, regional intergovernmental organizations, interested institutions, independent experts and
  non-governmental organizations" (A/HRC/RES/58/17 op 29, the heldout3 gold): interested institutions are
  stakeholders.
- "the administering Power and the Government of New Caledonia" (A/RES/80/98 op 34): the
  Government of a Non-Self-Governing Territory (the list of the Special Committee) is that
  Territory's, no State's.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Invites Member States, intergovernmental and non‑governmental organizations and other relevant entities to "
        "provide support, and encourages States, the institutes of the United Nations crime prevention and "
        "criminal justice programme network, other concerned entities and the Secretary-General to work together;",
        [
            ("invites", {"MemberStates", "InternationalOrganizations", "CivilSociety", "Stakeholders"}),
            ("encourages", {"States", "PNIInstitutes", "Stakeholders", "SecretaryGeneral"}),
        ],
    ),
    (
        GA,
        "Encourages the relevant entities and organizations of the United Nations system to support the work;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        GA,
        "Encourages the relevant regional and subregional organizations and institutions, non‑governmental "
        "organizations and research institutes to incorporate issues related to disarmament into their agendas;",
        [("encourages", {"InternationalOrganizations", "CivilSociety", "Academia"})],
    ),
    (
        GA,
        "Urges international financial institutions and organizations to continue to contribute generously;",
        [("urges", {"InternationalFinancialInstitutions", "InternationalOrganizations"})],
    ),
    (
        SC,
        "Urges all States, relevant United Nations bodies and other organizations and interested parties, to "
        "cooperate fully with the Committee;",
        [("urges", {"States", "UNSystemEntities", "InternationalOrganizations", "Stakeholders"})],
    ),
    (
        GA,
        "Encourages the executive heads of other organizations of the common system to follow the example;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        GA,
        "Encourages the United Nations system, including its specialized agencies, States, regional "
        "intergovernmental organizations, interested institutions, independent experts and non‑governmental "
        "organizations to develop constructive dialogue;",
        [("encourages", {"UNSystemEntities", "States", "InternationalOrganizations", "Stakeholders", "CivilSociety"})],
    ),
    (
        GA,
        "Takes note of the information shared, and urges the administering Power and the Government of New "
        "Caledonia to devote appropriate attention to addressing these issues;",
        [("urges", {"AdministeringPowers", "NonSelfGoverningTerritories"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_addressee_list_members_lost(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
