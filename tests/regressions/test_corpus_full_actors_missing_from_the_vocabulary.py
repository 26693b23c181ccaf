"""../shared/corpus-full: 14,625 of 62,181 mandates had no addressee, many because actors.yaml lacked
peace operations (S/RES/1996 (2011) "Encourages UNMISS"), the Special Committee on decolonization
(A/RES/79/96 op 24), Secretariat departments (A/RES/79/93 op 25), regional organizations and groups
of States. One actor per mission; "the Mission", "the Special Committee", "the Department" is the
one named last."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

ADDRESSEES = [
    ("Encourages UNMISS to continue its efforts;", [("encourages", ("UNMISS",))]),
    ("Requests MONUSCO and the Government to cooperate;", [("requests", ("MONUSCO",))]),
    (
        "Welcomes the work of the United Nations Mission in Liberia, and requests the Mission to continue;",
        [("requests", ("UNMIL",))],
    ),
    # A/RES/79/96 op 24 (the Special Committee named in the preamble)
    (
        "Requests the Special Committee on the Situation with regard to the Implementation of the Declaration on the "
        "Granting of Independence to Colonial Countries and Peoples to continue, and requests the Special Committee to "
        "report thereon to the General Assembly at its eightieth session;",
        [("requests", ("SpecialCommitteeDecolonization",)), ("requests", ("SpecialCommitteeDecolonization",))],
    ),
    ("Calls upon the administering Powers concerned to cooperate;", [("calls-upon", ("AdministeringPowers",))]),
    ("Requests the Department of Global Communications to continue;", [("requests", ("DGC",))]),
    ("Urges the Conference on Disarmament to agree on a programme of work;", [("urges", ("ConferenceOnDisarmament",))]),
    ("Calls upon the African Union and ECOWAS to continue;", [("calls-upon", ("AfricanUnion", "ECOWAS"))]),
    ("Urges all countries to take measures;", [("urges", ("States",))]),
    ("Encourages development partners to support;", [("encourages", ("DevelopmentPartners",))]),
    ("Calls upon the two sides to respect the ceasefire;", [("calls-upon", ("PartiesToConflict",))]),
    (
        "Requests the Special Representative of the Secretary-General to report;",
        [("requests", ("SpecialRepresentatives",))],
    ),
]

NOT_ADDRESSEES = [
    # an activity between actors asks them, its agents (the addressee convention from stop 27,
    # test_activity_between_actors.py)
    (
        "Encourages further dialogue between the African Union and the European Union;",
        [("encourages", ("AfricanUnion", "EuropeanUnion"))],
    ),
]


@pytest.mark.parametrize("text,expected", ADDRESSEES + NOT_ADDRESSEES)
def test_addressees(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
