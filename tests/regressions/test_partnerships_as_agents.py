"""Multi-stakeholder and public-private partnerships are actors where a verb asks them or an activity names them its
agents, the golds' ids of stop 27 (gold 32 op 25, "encourages coordination and collaboration between the United Nations
and relevant multi-stakeholder partnerships": both; gold 34 op 22, "Encourages further collaboration by public-private
partnerships": the partnerships), which the vocabulary lacked: "Strongly encourages further accelerated actions and
multi-stakeholder partnerships at all levels, including with the United Nations system" (A/RES/77/162 op 16) asked
no one but the partner. What others are asked to promote or establish is no addressee ("Encourages Member States to
promote multi-stakeholder partnerships"). Found by a random reading outside the golds (sample38).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "GA",
        "Strongly encourages further accelerated actions and multi-stakeholder partnerships at all levels, including "
        "with the United Nations system and international financial system, to advance innovative pathways to "
        "achieving sustainable consumption and production;",
        [("encourages", {"MultiStakeholderPartnerships"})],
    ),
    (
        "GA",
        "Stresses the importance of strategies and contributions by Governments and relevant stakeholders to "
        "multi-stakeholder partnerships in ensuring access to affordable, reliable, sustainable and modern energy for "
        "all, and encourages coordination and collaboration between the United Nations and relevant multi-stakeholder "
        "partnerships in ensuring access to energy;",
        [("encourages", {"UNSystemEntities", "MultiStakeholderPartnerships"})],
    ),
    (
        "GA",
        "Encourages further collaboration by public-private partnerships towards the enhancement of quality data "
        "collection, including disaggregated data, in accordance with national legislation;",
        [("encourages", {"PublicPrivatePartnerships"})],
    ),
    (
        "ECOSOC",
        "Encourages Member States to promote multi-stakeholder partnerships to reduce reoffending;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "GA",
        "Calls upon Member States to establish and strengthen public-private partnerships and dialogues;",
        [("calls-upon", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_partnerships_as_agents(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
