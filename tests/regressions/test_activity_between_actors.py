""" "Encourages further dialogue between the United Nations and the International Criminal Court"
(A/RES/76/5 op 20) asks for an activity, not for anything from an addressee; with "the United Nations"
and the Court in the vocabulary it would have named both. An activity between or among actors has
no addressee and does not take the one of the mandate before it; an agent ("further efforts by the
United Nations", A/RES/76/5 op 6) is the one asked."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Encourages further dialogue between the United Nations and the International Criminal Court;",
        [("encourages", ())],
    ),
    (
        "Encourages increased cooperation between the United Nations and INTERPOL to assist Member States;",
        [("encourages", ())],
    ),
    (
        "Encourages continued cooperation amongst the Committee, the Monitoring Team and the Executive Directorate;",
        [("encourages", ())],
    ),
    (
        "Takes note of the report of the Special Rapporteur, requests her to consider including information, and further "
        "encourages future collaboration between practitioners, experts and other relevant stakeholders;",
        [("requests", ("SpecialProcedures",)), ("encourages", ())],
    ),
    (
        # the agents of an activity after "by" are not asked (the golds' convention for the agents of a nominal
        # activity, test_nominal_activity_agent_not_asked.py)
        "Encourages further efforts by the United Nations, other international and regional organizations and States to assist;",
        [("encourages", ())],
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
