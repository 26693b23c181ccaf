"""An elliptic addressee after the first's infinitive (elliptic.py) lost members in two wordings (heldout17, "The
misses": members after "and on" lost): an officer asked as its body inside the list ("and further calls on member
states to finalise their contributions ... and on the Secretary-General and the Chairperson of the African Union
Commission to agree", S/RES/1769 (2007) op 4: the Chairperson is the AU, as addressees.OFFICER reads a window), and an
aside naming whom the addressee acts with before its infinitive ("Calls on the Secretary-General to complete
MINURCAT’s deployment ..., and the Government of Chad, with the support of MINURCAT according to its mandate, to carry
out", S/RES/1834 (2008) op 2: the Government, not MINURCAT)."""

import re

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (  # S/RES/1769 (2007) op 4
        "Calls on all parties to urgently facilitate the full deployment of the UN Light and Heavy Support Packages to "
        "AMIS, and further calls on member states to finalise their contributions to UNAMID within 30 days of the "
        "adoption of this resolution and on the Secretary-General and the Chairperson of the African Union Commission "
        "to agree the final composition of the military component of UNAMID within the same time period;",
        [("calls-upon", {"PartiesToConflict"}), ("calls-upon", {"MemberStates", "SecretaryGeneral", "AfricanUnion"})],
    ),
    (  # S/RES/1834 (2008) op 2
        "Calls on the Secretary-General to complete MINURCAT’s deployment as soon as possible, and the Government of "
        "Chad, with the support of MINURCAT according to its mandate, to carry out the full deployment of the DIS "
        "expeditiously;",
        [("calls-upon", {"SecretaryGeneral", "state:TCD"})],
    ),
    (  # the same aside, "in consultation with"
        "Requests the Secretary-General to provide support to the elections, and all relevant United Nations agencies, "
        "in consultation with the Government, to coordinate closely;",
        [("requests", {"SecretaryGeneral", "UNSystemEntities"})],
    ),
    (  # guard: the infinitive's objects listed, an aside after them, no second addressee
        "Calls upon Member States to cooperate with UNODC, IMO and INTERPOL, in consultation with the Government, to "
        "build capacity;",
        [("calls-upon", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_elliptic_addressee_officer_and_aside(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_aside_of_an_elliptic_addressee_is_linear():
    from resgraph.extract.elliptic import ELLIPSIS
    from tests.growth import LINEAR, growth

    def make(n: int) -> str:
        return ", and X, with the support of Y" * n + " to"

    assert growth(make, lambda t: list(ELLIPSIS.finditer(t)), 200) < LINEAR
    assert re.search(ELLIPSIS, ", and the Government, with the support of MINURCAT, to carry")
