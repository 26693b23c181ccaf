"""Libya's Presidency Council, the head of its Government of National Accord under the Libyan Political Agreement, is
the State (as its Government is): "Welcomes the formation of the Presidency Council and calls upon it to work
expeditiously ... to form a Government of National Accord" (heldout38 S/RES/2259 (2015) op 2: state:LBY) named no one.
The contextual "the Government" would take the State named last, here Morocco, a place ("the Libyan Political Agreement
of Skhirat, Morocco"). Not taken: Member States asked for their help in the same paragraph stay MemberStates; another
State's council ("the Presidential Leadership Council of Yemen") is not this one.

Stop 58: the name was Libya's alone in countries.yaml, so Iraq's Presidency Council (2005-2010) read as Libya's, and
"the Presidential Council", Libya's from 2021 ("Encourages cooperation between the Presidential Council, the African
Union, and UNSMIL", S/RES/2796 (2025) op 8), was no name. Both are now `states.bodies_of`: a State's body whose name
several States use, the one of those States the text named last (Libya or Iraq; Libya or Haiti), none when it named
neither. The first two rows' preamble now names Libya, as S/RES/2259's does ("the ... national unity of Libya"); a
text that names no State of the name reads no one (the last row)."""

import pytest

from tests.snippets import mandates, snippet

SC = (
    "The Security Council,\n\nReaffirming its strong commitment to the sovereignty, independence, territorial integrity "
    "and national unity of Libya,\n\nWelcoming the signature of the Libyan Political Agreement of Skhirat, Morocco,"
    "\n\n1. "
)
IRAQ = "The Security Council,\n\nReaffirming the independence, sovereignty, unity and territorial integrity of Iraq,\n\n1. "
NONE = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC
        + "Welcomes the formation of the Presidency Council and calls upon it to work expeditiously within the 30 days "
        "stated in the Libyan Political Agreement to form a Government of National Accord, and in this regard calls upon "
        "Member States to respond urgently to requests from it for assistance;",
        [("calls-upon", ("state:LBY",)), ("calls-upon", ("MemberStates",))],
    ),
    (SC + "Urges the Presidency Council to finalise interim security arrangements;", [("urges", ("state:LBY",))]),
    (
        SC + "Encourages cooperation between the Presidential Council, the African Union, and UNSMIL on national "
        "reconciliation efforts;",
        [("encourages", ("state:LBY", "AfricanUnion", "UNSMIL"))],
    ),
    # Iraq's Presidency Council in a text on Iraq
    (
        IRAQ + "Calls upon the Presidency Council to promote national reconciliation;",
        [("calls-upon", ("state:IRQ",))],
    ),
    (  # not taken: another State's council (no name of the vocabulary: no one)
        SC + "Urges the Presidential Leadership Council of Yemen to engage constructively;",
        [("urges", ())],
    ),
    (NONE + "Urges the Presidency Council to finalise interim security arrangements;", [("urges", ())]),
    # the name with an adjective or a complement (keyed without "the", no guard of a definite description)
    (SC + "Urges the interim Presidency Council to finalise security arrangements;", [("urges", ("state:LBY",))]),
    (SC + "Urges the Libyan Presidency Council to finalise security arrangements;", [("urges", ("state:LBY",))]),
    (
        SC + "Urges the Presidency Council of the Government of National Accord to finalise security arrangements;",
        [("urges", ("state:LBY",))],
    ),
    (IRAQ + "Calls upon the Presidency Council of Iraq to promote reconciliation;", [("calls-upon", ("state:IRQ",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_libyas_presidency_council(text, expected):
    assert mandates(snippet(text + "\n"), "verb", "addressees") == expected
