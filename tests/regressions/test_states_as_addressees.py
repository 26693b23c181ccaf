"""../shared/corpus-full: States asked as such had no addressee ("Urges the Government of Sudan",
S/RES/2024 (2011) op 4; "Calls upon Israel, the occupying Power"; "the Islamic Republic of Iran").
A State is "state:<ISO alpha-3>", from its names (pycountry and countries.yaml), "the Government of
<name>", "the Afghan Government"; "the Government" is the State named last. A State after a
preposition is a place or an owner, not the one asked."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. "

ADDRESSEES = [
    (
        "Urges the Government of Sudan and the Government of South Sudan to resume negotiations;",
        [("urges", ("state:SDN", "state:SSD"))],
    ),
    ("Calls upon Israel, the occupying Power, to comply;", [("calls-upon", ("state:ISR",))]),
    ("Calls upon the Islamic Republic of Iran to cooperate;", [("calls-upon", ("state:IRN",))]),
    ("Demands that the Democratic Republic of the Congo take measures;", [("demands", ("state:COD",))]),
    ("Calls upon the Democratic People’s Republic of Korea to abandon;", [("calls-upon", ("state:PRK",))]),
    ("Urges the Afghan Government to continue;", [("urges", ("state:AFG",))]),
    ("Calls upon the CAR authorities to accelerate;", [("calls-upon", ("state:CAF",))]),
    (
        "Welcomes the efforts of the Federal Government of Somalia, and encourages the FGS to continue;",
        [("encourages", ("state:SOM",))],
    ),
    (
        "Notes the situation in Burundi, and encourages the Government to pursue its efforts;",
        [("encourages", ("state:BDI",))],
    ),
]

NOT_ADDRESSEES = [
    ("Requests the Permanent Mission of Japan to circulate the text;", [("requests", ())]),
    ("Calls upon all parties in Syria to cease hostilities;", [("calls-upon", ("PartiesToConflict",))]),
    # not the State: the military is an actor of its own (actors.yaml, grown from corpus-full)
    ("Urges the Myanmar military to respect human rights;", [("urges", ("MyanmarMilitary",))]),
    ("Encourages the people of Afghanistan to continue;", [("encourages", ())]),
]


@pytest.mark.parametrize("text,expected", ADDRESSEES + NOT_ADDRESSEES)
def test_addressees(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
