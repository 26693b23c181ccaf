"""heldout8 (S/RES/2042 (2012) op 7): "Decides to authorize an advance team of up to 30 unarmed military
observers to liaise with the parties ..., pending the deployment of the mission" had no term: an
authorization for no time was a term only when it set up a force ("authorizes a multinational force under
unified command", S/RES/1511 (2003) op 13, heldout6), and the team's id was then missing from the
vocabulary. A team set up by an authorization is now a term as a force is (terms.yaml `sets_up`); an
authorization of what an actor may do, for no time, is still none. In corpus-open25: S/RES/2042 op 7 and
S/RES/2118 (2013) op 8 ("an advance team of United Nations personnel")."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "7. Decides to authorize an advance team of up to 30 unarmed military observers to liaise with the parties "
        "and to begin to report on the implementation of a full cessation of armed violence, pending the deployment "
        "of the mission referred to in paragraph 5;",
        [(7, "authorizes", "AdvanceTeamSyria")],
    ),
    (
        "8. Decides to authorize an advance team of United Nations personnel to provide early assistance to OPCW "
        "activities in Syria;",
        [(8, "authorizes", "advance team of United Nations personnel")],
    ),
    (
        "13. Authorizes a multinational force under unified command to take all necessary measures;",
        [(13, "authorizes", "MNF")],
    ),
    ("4. Authorizes the Secretary-General to deploy a team of experts to the region;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_authorized_team_set_up(text, expected):
    r = resolution(text, date="2012-04-14")
    assert terms(r, "op", "action", "of") == expected
