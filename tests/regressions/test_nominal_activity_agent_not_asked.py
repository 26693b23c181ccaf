"""The agent of a nominal activity is not asked (the convention the golds were annotated under,
tests/mandate_gold/heldout9/README.md and heldout10's): "encourages further assistance in mine action by
the United Nations to the Government of Lebanon" (heldout10 S/RES/1496 (2003) op 9, 1583 op 9 and 9 twins),
"Encourages a timely decision by the Government of Timor-Leste" (heldout9 S/RES/2037 (2012) op 21), "urges
further engagement by the Secretary-General and the United Nations Special Coordinator" (heldout10
E/RES/2023/34 op 18), "encourages further support from bilateral and multilateral partners" (heldout10
S/RES/2359 (2017) op 6), "Encourages efforts by the administering Power and the people of New Caledonia"
(heldout4 A/RES/80/98 op 6) ask no one; the extractor read the agent after "by" or "from" as the
addressee (about 330 mandates of corpus-full: agents.agent_lead, and agents.agents no longer takes a
"by" after an activity). Still asked: the one who hands the organ something ("urges prompt reporting by
the Secretary-General", every gold of these words; "invites comments from Member States", heldout9
A/RES/78/102 op 15; verbs.yaml unaddressed.source_nouns), a passive's agent ("to be carried out jointly
by AMISOM-UNSOM teams", S/RES/2232 (2015) op 24), the owner of efforts after "of" ("the efforts of ECOWAS",
heldout3 S/RES/1346 op 11, and the golds' other "support of", "participation of"). "Calls for" or "asks
for" such an activity is no mandate (the golds' README: "Calls for" with no addressee)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Welcomes the continued contribution of UNIFIL to operational demining, encourages further assistance in "
        "mine action by the United Nations to the Government of Lebanon in support of both the continued "
        "development of its national mine action capacity and emergency demining activities in the south;",
        [("encourages", set())],
    ),
    (
        SC,
        "Encourages a timely decision by the Government of Timor-Leste on the nature, activities and scope of the "
        "United Nations role post-UNMIT in coordination with UNMIT, the United Nations Country Team and other "
        "relevant stakeholders;",
        [("encourages", set())],
    ),
    (
        GA,
        "Welcomes and urges further engagement by the Secretary-General and the United Nations Special "
        "Coordinator to assist, in cooperation with concerned partners, in the Middle East peace process;",
        [("urges", set())],
    ),
    (
        SC,
        "Encourages further support from bilateral and multilateral partners including through the provision "
        "of adequate logistical, operational and financial assistance to the FC-G5S;",
        [("encourages", set())],
    ),
    (
        SC,
        "Encourages the submission of listing requests to the Committee by Member States of individuals and "
        "entities supporting ISIL, and further encourages the Secretary-General to urgently consider them;",
        [("encourages", set()), ("encourages", {"SecretaryGeneral"})],
    ),
    (GA, "Encourages efforts by the administering Power and the people of New Caledonia;", [("encourages", set())]),
    (SC, "Encourages the continuation of efforts by the Government of the DRC;", [("encourages", set())]),
    (SC, "Demands full compliance by all Member States with the arms embargo;", [("demands", set())]),
    # who hands the organ something is asked: a report, comments
    (
        SC,
        "Calls on all parties to cooperate fully with UNDOF, and urges prompt reporting by the Secretary-General "
        "to the Security Council of any actions that impede UNDOF's ability to fulfil its mandate;",
        [("calls-upon", {"PartiesToConflict"}), ("urges", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Requests enhanced reporting to the Security Council by the Secretary-General on this issue;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (GA, "Invites comments from Member States on the draft guidelines;", [("invites", {"MemberStates"})]),
    # a passive's agent is asked; the owner of efforts after "of" is
    (
        SC,
        "Encourages regional engagement to be carried out jointly by AMISOM teams;",
        [("encourages", {"AMISOM"})],
    ),
    (
        SC,
        "Encourages the efforts of ECOWAS towards a lasting and final settlement of the crisis;",
        [("encourages", {"ECOWAS"})],
    ),
    # "Calls for" such an activity is no mandate
    (GA, "Calls for an immediate and complete ceasefire by all parties;", []),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_nominal_activity_agent_not_asked(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
