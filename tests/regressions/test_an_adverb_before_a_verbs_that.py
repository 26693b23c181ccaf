"""A verb's later "and that" clauses read also where an adverb or linking phrase stands between the verb and its
first "that": S/RES/1399 (2002) op 4 "Demands also that RCD-Goma withdraw from Pweto, ... and that all other parties
also withdraw from locations they occupy" gave RCDGoma alone (the audit of stop 55, seed 5501), where "Demands that
... and that ..." and "Further demands that ..." gave both subjects (heldout25 15 op 9, "Decides that Iran shall ...,
and that States shall": state:IRN, States); S/RES/1906 (2009) op 19 "demands further that the Congolese armed groups
present themselves ..., and that the foreign armed groups similarly present themselves" likewise. asked.THAT_AFTER
now lets verbs.yaml's adverbs and links ("also", "further", "once again", "in particular", set off by commas or not)
stand before the "that". What a later clause names is read as before: not "its forces" (the first subject's), not a
clause with no one acting ("that those responsible be held to account"), not a "that" governed by an infinitive
("to ensure that ... and that").
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/1399 (2002) op 4
        "4. Demands also that RCD-Goma withdraw from Pweto, which it occupies in contravention of the Kampala and "
        "Harare disengagement plan, so as to permit the demilitarization of this location and that all other parties "
        "also withdraw from locations they occupy in contravention of the Kampala and Harare disengagement plan;",
        [("demands", {"RCDGoma", "PartiesToConflict"})],
    ),
    (  # S/RES/1906 (2009) op 19
        "19. Demands that all armed groups, in particular the FDLR, the LRA and other foreign armed groups immediately "
        "lay down their arms and demands further that the Congolese armed groups present themselves without any further "
        "delay or preconditions to Congolese authorities and MONUC for DDR, and that the foreign armed groups similarly "
        "present themselves to Congolese authorities and MONUC for DDRRR;",
        # (foreign armed groups are armed groups: PartiesToConflict, test_addressee_words_of_heldout40)
        [("demands", {"PartiesToConflict", "FDLR", "LRA"}), ("demands", {"PartiesToConflict"})],
    ),
    (  # a phrase set off by commas
        "4. Demands, once again, that RCD-Goma withdraw from Pweto and that all other parties withdraw from the "
        "locations they occupy;",
        [("demands", {"RCDGoma", "PartiesToConflict"})],
    ),
    (  # a link of verbs.yaml
        "4. Demands in particular that RCD-Goma withdraw from Pweto and that all other parties withdraw;",
        [("demands", {"RCDGoma", "PartiesToConflict"})],
    ),
    (  # must not take: the later clause's subject is the first's own ("its")
        "4. Demands also that RCD-Goma withdraw from Pweto and that its forces withdraw from Kisangani;",
        [("demands", {"RCDGoma"})],
    ),
    (  # must not take: a later clause with no one acting
        "4. Demands also that RCD-Goma withdraw from Pweto and that those responsible be held to account;",
        [("demands", {"RCDGoma"})],
    ),
    (  # must not take: a "that" an infinitive governs, not the verb
        "4. Requests also the Secretary-General to ensure that the mission is deployed and that all parties cooperate "
        "with it;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # unchanged: a decision with an adverb already named its later subjects (decided_asks)
        "4. Decides also that all States shall prevent the supply of arms and that the Government of Liberia shall "
        "cooperate with the Panel;",
        [("decides", {"States", "state:LBR"})],
    ),
    (  # must not take: a later clause's subject a passive acts on (review55-D 1)
        "4. Requests also that the Secretary-General keep the Council informed and that the Council be briefed by the "
        "Special Representative;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # likewise: given access, not asked
        "4. Urges also that the Government of the Sudan facilitate access and that humanitarian organizations be given "
        "unhindered access;",
        [("urges", {"state:SDN"})],
    ),
    (  # likewise without an adverb, with a modal: kept informed
        "4. Requests that the Secretary-General keep the Council informed and that the Committee shall be kept informed;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (  # unchanged: S/RES/2136 (2014) op 26, the "and that" clause belongs to the later "reiterates its demand"
        "26. Calls upon all parties and all States to cooperate fully with the Group of Experts, encourages further that "
        "all parties and all States ensure cooperation with the Group of Experts by individuals and entities within "
        "their jurisdiction or under their control and reiterates its demand that all parties and all States ensure the "
        "safety of its members and its support staff, and that all parties and all States, including the DRC and "
        "countries of the region, provide unhindered and immediate access;",
        [
            ("calls-upon", {"PartiesToConflict", "States"}),
            ("encourages", {"PartiesToConflict", "States"}),
            ("demands", {"PartiesToConflict", "States", "RegionalPartners", "state:COD"}),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_adverb_before_a_verbs_that(text, expected):
    r = resolution(text, date="2002-02-22")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_a_long_run_of_adverbs_and_spaces_is_quick():
    """THAT_AFTER is one optional phrase before "that": a paragraph of many spaces and commas reads at once."""
    import time

    text = (
        "4. Demands also"
        + ", also  " * 2000
        + " that RCD-Goma withdraw"
        + " and that all other parties withdraw" * 50
        + ";"
    )
    t = time.perf_counter()
    resolution(text, date="2002-02-22")
    assert time.perf_counter() - t < 20
