"""A second addressee after the first's infinitive, the verb left out, is read after a "with" that names no actor
(issue 12, the heldout23 gold: S/RES/2122 (2013) op 9, "further encourages troop- and police-contributing countries
to provide all military and police personnel with adequate training to carry out their responsibilities, and relevant
United Nations entities to make available appropriate guidance": the entities were lost). A "with" had always been
read as opening a list of partners that the ", and" goes on; one whose phrase an infinitive of its own closed ("with
adequate training to carry out") no longer is ("to cooperate with the UNODC, IMO, and other States ... to build" still
is).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Encourages troop- and police-contributing countries to provide all military and police personnel with "
        "adequate training to carry out their responsibilities, and relevant United Nations entities to make "
        "available appropriate guidance or training modules;",
        [("encourages", {"TroopPoliceContributors", "UNSystemEntities"})],
    ),
    (
        "Calls upon States to cooperate with the UNODC, IMO, and other States and international organizations to "
        "build capacity;",
        [("calls-upon", {"States"})],
    ),
    # a "with" list of partners the vocabulary names in part goes on to the infinitive (A/RES/75/18 op 12, S/RES/2453
    # (2019) op 19, S/RES/2325 (2016) op 26)
    (
        "Encourages the United Nations system to continue its ongoing work with the Commonwealth and other "
        "international partners to establish a shared indicator framework;",
        [("encourages", {"UNSystemEntities"})],
    ),
    (
        "Requests the Secretary-General to work with the Force Commander and Troop-Contributing Countries to ensure "
        "full compliance with this policy;",
        [("requests", {"SecretaryGeneral"})],
    ),
    # the last "with" before the ", and" is the one read (heldout21 S/RES/2070 (2012) op 22)
    (
        "Requests MINUSTAH to continue to pursue its approach, in close collaboration with the Haitian Government, "
        "and to ensure that this activity is coordinated with, and supports the work of, the United Nations country "
        "team to build local capacity in this area;",
        [("requests", {"MINUSTAH"})],
    ),
    # an infinitive coordinated right after "with" closes nothing (A/RES/75/238 op 5)
    (
        "Urges the Government of Myanmar to cooperate fully with and to grant full access to all United Nations "
        "mandate holders and human rights mechanisms, including the Special Rapporteur, and relevant United Nations "
        "agencies and international and regional human rights bodies to independently monitor the situation;",
        [("urges", {"state:MMR"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_elliptic_addressee_after_a_with_of_things(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
