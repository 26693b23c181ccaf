"""heldout23's misses (its README) and the empty addressee sets of corpus-full whose text names a group: names the
vocabulary lacked, each a recurring wording of the Assembly's yearly texts or the Council's.

- A department's head asked with the Secretary-General: "Encourages the leadership of the Secretary-General and of the
  Under-Secretary-General for Economic and Social Affairs" (A/RES/74/135 op 4 and its yearly twins): DESA too.
- "private institutions" (A/RES/74/135 op 8) and "family farmers’ organizations" (A/RES/77/186 op 47): CivilSociety.
- "United Nations peacekeeping mission leadership" (S/RES/2122 (2013) op 5, an empty set): PeaceOperations.
- "relevant entities involved in delivering mega sport events" (A/RES/75/18 op 17, 77/27, 79/8, empty sets):
  Stakeholders, as "all relevant entities".
- The maker of an outcome a decision gives the form of: "the outcome of the discussion on the review theme will be in
  the form of a summary by the Chair of the Commission" (E/RES/2022/4 op 18): the Commission (mandate_clause.PASSIVE_BY,
  an officer before the agent's name read as addressees.OFFICER reads one).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "4. Encourages the leadership of the Secretary-General and of the Under-Secretary-General for Economic and Social "
        "Affairs, as the responsible senior official of the United Nations system, in overseeing the implementation of "
        "and following up on the system-wide action plan;",
        [("encourages", {"SecretaryGeneral", "DESA"})],
    ),
    (
        "GA",
        "8. Encourages Governments to continue to contribute to the trust fund on indigenous issues, invites indigenous "
        "organizations and private institutions and individuals to do likewise;",
        [("encourages", {"States"}), ("invites", {"IndigenousPeoples", "CivilSociety"})],
    ),
    (
        "GA",
        "47. Encourages Governments, family farmers’ organizations and other relevant stakeholders to engage in the "
        "Decade;",
        [("encourages", {"States", "CivilSociety", "Stakeholders"})],
    ),
    (
        "SC",
        "5. Requests United Nations peacekeeping mission leadership to assess the human rights violations and abuses of "
        "women in armed conflict and post-conflict situations;",
        [("requests", {"PeaceOperations"})],
    ),
    (
        "GA",
        "17. Encourages relevant entities involved in delivering mega sport events to respect applicable laws and "
        "international principles;",
        [("encourages", {"Stakeholders"})],
    ),
    (
        "ECOSOC",
        "1. Decides that the Commission on the Status of Women shall continue to consider one priority theme at each "
        "session;\n\n"
        "2. Decides that the outcome of the discussion on the review theme will be in the form of a summary by the "
        "Chair of the Commission, prepared in consultation with the regional groups, through the members of the Bureau;",
        [("decides", {"CSW"}), ("decides", {"CSW"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_addressees_heads_and_groups_the_vocabulary_lacked(organ, text, expected):
    r = resolution(text, date="2022-12-14", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
