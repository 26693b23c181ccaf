"""Partners are not addressees, those acting together with them are (the golds: A/HRC/RES/54/25 op 11
of the third held-out, "invites the Division ..., jointly with the Office of the High Commissioner,
where appropriate, to coordinate": the Division alone; S/RES/1346 (2001) op 14 "Encourages the
Government of Sierra Leone, together with the Secretary-General, the United Nations High
Commissioner for Human Rights ..., to expedite": all three; S/RES/2303 (2016) op 4, S/RES/1662
(2006) op 11, A/RES/77/301 op 5: "in conjunction with", "with the assistance of", "with the
support of" name partners). "Jointly with", "in conjunction/partnership/liaison with", "with the
support/assistance of" now end the window like "in cooperation with"; "together with Y" before the
infinitive adds Y."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    (
        GA,
        "Invites the Division for Inclusive Social Development of the Department of Economic and Social Affairs, "
        "jointly with the Office of the High Commissioner, where appropriate, to coordinate the engagement of "
        "respective stakeholders;",
        [("invites", ("DESA",))],
    ),
    (
        SC,
        "Requests the United Nations, jointly with the African Union and FGS, and in consultation with donors, to "
        "continue undertaking regular, joint technical assessments;",
        [("requests", ("UNSystemEntities",))],
    ),
    (
        SC,
        "Further requests the Secretary-General in conjunction with the High Commissioner on Human Rights (HCHR) to "
        "take appropriate steps;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (
        SC,
        "Encourages the Government of Burundi with the support of BNUB and other international partners to redouble "
        "its efforts;",
        [("encourages", ("state:BDI",))],
    ),
    (
        SC,
        "Urges both parties with the assistance of UNOMIG and of international partners to implement the agreement;",
        [("urges", ("PartiesToConflict",))],
    ),
    # together with: asked too
    (
        SC,
        "Encourages the Government of Sierra Leone, together with the Secretary-General and the United Nations High "
        "Commissioner for Human Rights, to expedite the establishment of the Truth and Reconciliation Commission;",
        [("encourages", ("state:SLE", "SecretaryGeneral", "HighCommissionerHumanRights"))],
    ),
    (
        GA,
        "Invites States, together with relevant United Nations entities, to undertake further research;",
        [("invites", ("States", "UNSystemEntities"))],
    ),
    (
        SC,
        "Underscores the importance of security sector reform and urges all international partners, together with "
        "BNUB, to continue supporting the Government;",
        [("urges", ("DevelopmentPartners", "BINUB"))],
    ),
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_partners_and_those_acting_together(pre, text, expected):
    r = snippet(pre + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
