""" "Encourages further dialogue between the United Nations and the International Criminal Court"
(A/RES/76/5 op 20) asks for an activity between actors: its parties are its agents, and the agents of a
nominal activity are asked (the addressee convention from stop 27, tests/mandate_gold/README.md, "What counts";
before it, an activity between or among actors asked no one). An agent after "by" ("further efforts by the United
Nations", A/RES/76/5 op 6) is asked too. Parties the vocabulary lacks ("between practitioners, experts and
other relevant stakeholders") are left out, the others asked; the activity does not take the addressees of the
mandate before."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Encourages further dialogue between the United Nations and the International Criminal Court;",
        [("encourages", ("UNSystemEntities", "ICC"))],
    ),
    (
        "Encourages increased cooperation between the United Nations and INTERPOL to assist Member States;",
        [("encourages", ("UNSystemEntities", "INTERPOL"))],
    ),
    # (bodies a contextual alias names, with none named before: no actor of the vocabulary)
    (
        "Encourages continued cooperation amongst the Committee, the Monitoring Team and the Executive Directorate;",
        [("encourages", ())],
    ),
    (
        "Takes note of the report of the Special Rapporteur, requests her to consider including information, and further "
        "encourages future collaboration between practitioners, experts and other relevant stakeholders;",
        # (the parties the vocabulary knows are asked, the others left out: test_joint_activity_parties.py)
        [("requests", ("SpecialProcedures",)), ("encourages", ("Stakeholders",))],
    ),
    (
        # the agents of an activity after "by" are asked (test_nominal_activity_agent_asked.py)
        "Encourages further efforts by the United Nations, other international and regional organizations and States to assist;",
        [("encourages", ("UNSystemEntities", "InternationalOrganizations", "States"))],
    ),
    # a part of a party singled out, the list of parties going on past it (heldout43 S/RES/2021 (2011) op 16)
    (
        "Encourages enhanced cooperation between all States, particularly those in the region, MONUSCO and UNMISS;",
        [("encourages", ("States", "MONUSCO", "UNMISS"))],
    ),
    # near miss: the aside ends the object where no party follows it
    (
        "Encourages enhanced cooperation between all States, particularly those in the region, to curb arms flows;",
        [("encourages", ("States",))],
    ),
    # a decision between actors is still the deciding organ's
    (
        "Decides that the seats of the branches are subject to arrangements between the United Nations and the host countries;",
        [("decides", ("GeneralAssembly",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_activity_between_actors(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
