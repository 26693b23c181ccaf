"""Agents of a nominal activity (tests/mandate_gold/README.md, "What counts") the extractor missed:
- a joint activity whose first party is no actor's name: "continued collaboration between the follow-up and review
  process of the World Summit and the Technology Facilitation Mechanism" (gold E/RES/2021/28 op 15, heldout4
  E/RES/2024/13 op 19, heldout8 E/RES/2023/3 op 17): the Mechanism;
- "between and among", "among and between": "capacity-building cooperation between and among States" (heldout13
  A/HRC/RES/59/11 op 5);
- the activity named in the purpose of efforts: "Urges efforts to enhance cooperation and coordination of United
  Nations humanitarian entities, other relevant humanitarian organizations and donor countries with the affected
  States" (heldout8 E/RES/2024/8 op 8, heldout11 E/RES/2023/16 op 8: "coordination of" marks its agents, verbs.yaml
  agent_nouns), "efforts to increase the percentage of female uniformed personnel deployed to AMISOM by the Troop
  and Police Contributing Countries" (heldout4 S/RES/2520 (2020) op 20);
- not the partner after "with" when the activity is of no actor: "encourages close coordination of these efforts
  with MINUSMA" (S/RES/2480 (2019) op 43)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "ECOSOC",
        "15. Underscores the importance of and encourages continued collaboration between the follow-up and review "
        "process of the World Summit and the Technology Facilitation Mechanism, including its multi-stakeholder forum;",
        [(15, {"TechnologyFacilitationMechanism"})],
    ),
    (
        "HRC",
        "5. Encourages increased capacity-building cooperation between and among States, including policy exchanges;",
        [(5, {"States"})],
    ),
    (
        "ECOSOC",
        "8. Urges efforts to enhance cooperation and coordination of United Nations humanitarian entities, other "
        "relevant humanitarian organizations and donor countries with the affected States, recognizes that "
        "humanitarian assistance should be provided in ways that are supportive of early recovery;",
        [(8, {"UNSystemEntities", "HumanitarianActors", "Donors"})],
    ),
    (
        "SC",
        "20. Strongly encourages efforts to increase the percentage of female uniformed personnel deployed to AMISOM "
        "by the Troop and Police Contributing Countries;",
        [(20, {"TroopPoliceContributors"})],
    ),
    (
        "SC",
        "43. Encourages close coordination of these efforts with MINUSMA;",
        [(43, set())],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_joint_and_purpose_agents(organ, text, expected):
    r = resolution(text, date="2024-07-25", organ=organ)
    assert mandates(r, "op", "addressees", as_sets=True) == expected
