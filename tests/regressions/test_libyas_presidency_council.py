"""Libya's Presidency Council, the head of its Government of National Accord under the Libyan Political Agreement, is
the State (as its Government is): "Welcomes the formation of the Presidency Council and calls upon it to work
expeditiously ... to form a Government of National Accord" (heldout38 S/RES/2259 (2015) op 2: state:LBY) named no one.
countries.yaml names it as it names Somalia's CMD (a State's body by its own name, never a place): the contextual "the
Government" would take the State named last, here Morocco, a place ("the Libyan Political Agreement of Skhirat,
Morocco"). Not taken: Member States asked for their help in the same paragraph stay MemberStates; another State's
council ("the Presidential Leadership Council of Yemen") is not this one. Limits: "the Presidential Council", the same
Libyan body in later texts (S/RES/2656, 2702), is not named yet; Iraq's Presidency Council ("the Presidency Council of
Iraq") would be read as Libya's, the name being one State's in countries.yaml."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nWelcoming the signature of the Libyan Political Agreement of Skhirat, Morocco,\n\n1. "

CASES = [
    (
        "Welcomes the formation of the Presidency Council and calls upon it to work expeditiously within the 30 days "
        "stated in the Libyan Political Agreement to form a Government of National Accord, and in this regard calls upon "
        "Member States to respond urgently to requests from it for assistance;",
        [("calls-upon", ("state:LBY",)), ("calls-upon", ("MemberStates",))],
    ),
    (
        "Urges the Presidency Council to finalise interim security arrangements;",
        [("urges", ("state:LBY",))],
    ),
    (  # not taken: another State's council (no name of the vocabulary: no one)
        "Urges the Presidential Leadership Council of Yemen to engage constructively;",
        [("urges", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_libyas_presidency_council(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees") == expected
