"""The agents of a nominal activity are its addressees (the addressee convention from stop 27,
tests/mandate_gold/README.md, "What counts"): besides the agent after "by" and the owner
(test_nominal_activity_agent_asked.py, test_activity_owner_is_its_agent.py), the parties of a joint activity after
"between" / "among" (a noun of verbs.yaml unaddressed.joint_nouns: "cooperation", "dialogue", "information
exchange"), the speaking organ too
("interactions between the Council and the Committee", E/RES/2024/7 op 23), and the agents of an activity
"such" or "this" points back to in the paragraph ("welcomes the cooperation of the Afghan Government and
UNAMA with the Committee ..., and encourages the continuation of such cooperation"). Not agents: the places
a "between" names after a noun of no joint activity ("connectivity between cities", A/RES/78/145 op 29), the
parties of an arrangement that only qualifies the body asked ("the Mechanism set out in the Cessation of
Hostilities arrangement between Israel and Lebanon", S/RES/2790 (2025) op 13), the owner of a thing ("an
assessment of UNDOF’s equipment, resources", S/RES/2257 (2015) op 10: not UNDOF), the
bodies of a clause of the organ's own after the activity ("..., and welcomes in this regard the increased
interaction of the Security Council with the Court", A/RES/77/6 op 20); "Calls for" such an activity is no
mandate."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "
ECOSOC = "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Welcomes the cooperation of the Afghan Government and UNAMA with the Committee, and encourages the "
        "continuation of such cooperation;",
        [("encourages", {"state:AFG", "UNAMA"})],
    ),
    (
        GA,
        "Encourages the continued dialogue between the Secretary-General and Member States;",
        [("encourages", {"SecretaryGeneral", "MemberStates"})],
    ),
    (
        ECOSOC,
        "Reiterates its invitation for increased interactions between the Council and the Committee for "
        "Development Policy;",
        [("invites", {"ECOSOC", "CDP"})],
    ),
    (
        GA,
        "Encourages urban-rural interactions and connectivity by strengthening transport, including connectivity "
        "between cities and their surroundings;",
        [("encourages", set())],
    ),
    (
        GA,
        "Encourages further dialogue between the United Nations and the International Criminal Court, and welcomes "
        "in this regard the increased interaction of the Security Council with the Court;",
        [("encourages", {"UNSystemEntities", "ICC"})],
    ),
    (
        SC,
        "Requests that the next report of the Secretary-General provide an assessment of UNDOF’s equipment, "
        "resources, and requirements;",
        [("requests", set())],
    ),
    # the missions a kind the vocabulary lacks is made of, named after "including" (S/RES/2003 (2011) op 17); the
    # givers "from among" names (A/RES/74/78 op 8)
    (
        SC,
        "Urges close co-ordination among UN missions in the region, including UNAMID, the United Nations Interim "
        "Security Force for Abyei (UNISFA) and the United Nations Mission in South Sudan (UNMISS);",
        # (PeaceOperations too since "UN missions" is its alias: the heldout12 gold of S/RES/2173 (2014) op 21)
        [("urges", {"PeaceOperations", "UNAMID", "UNISFA", "UNMISS"})],
    ),
    (
        GA,
        "Encourages further expressions from among the remaining States whose ratification is needed of their "
        "intention to complete the ratification process;",
        [("encourages", {"States"})],
    ),
    (
        SC,
        "Calls for continued cooperation between the Committee and the Government of Afghanistan and UNAMA;",
        [],
    ),
    (
        SC,
        "Demands that no member of the Malian Armed Forces should interfere in the work of the Transitional "
        "authorities;",
        [("demands", {"state:MLI"})],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_activity_agents_named_before_and_joint(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
