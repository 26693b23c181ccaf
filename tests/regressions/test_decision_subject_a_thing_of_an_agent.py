"""A decision whose subject is a thing that an actor qualifies as a participle's agent, or a thing of an actor
named with no "that", is the deciding organ's (the gold's reading: the organ decides unless the paragraph names
who shall act). "Decides that rough diamonds controlled by the Government of Liberia ... shall be exempt"
(heldout6 S/RES/1478 (2003) op 14; S/RES/1306, 1408), "further decides that any such exemption approved by the
Committee shall only be granted" (gold S/RES/2255 (2015) op 20; 2082, 2160), "Decides, as recommended by the
Secretary-General, to extend" (S/RES/1359, 1394, 1644), "the force levels recommended by the Secretary-General"
(S/RES/2180, 2243, 2313) and "Decides the mandate of the United Nations Mission in Liberia (UNMIL) shall be
extended" (heldout6 S/RES/1750 (2007) op 1) asked the actor. An activity's agent still acts ("that any support
provided by UNMISS ... shall be informed by robust analysis", heldout5 S/RES/2820 (2026) op 3), as does the agent
after the clause's own verb ("will be provided by the Secretariat") and a body authorized after an infinitive
("Decides to authorize the deployment of AFISMA ..., which shall take all necessary measures")."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Notwithstanding paragraph 15 of resolution 1343 (2001), decides that rough diamonds controlled by the "
        "Government of Liberia through the Certificate of Origin regime shall be exempt from the measures;",
        {"SecurityCouncil"},
    ),
    (
        "Further decides that any such exemption approved by the Committee shall only be granted for the requested period;",
        {"SecurityCouncil"},
    ),
    (
        "Decides, as recommended by the Secretary-General in his report of 20 June 2001, to extend the mandate of "
        "MINURSO until 30 November 2001;",
        {"SecurityCouncil"},
    ),
    (
        "Decides that MINUSTAH’s overall force levels will consist of up to 2,370 troops, the force levels "
        "recommended by the Secretary-General;",
        {"SecurityCouncil"},
    ),
    (
        "Decides the mandate of the United Nations Mission in Liberia (UNMIL) shall be extended until 30 September 2007;",
        {"SecurityCouncil"},
    ),
    (
        "Further decides that any support provided by UNMISS in furtherance of its mandate shall be informed by "
        "robust conflict-sensitive analysis;",
        {"UNMISS"},
    ),
    (
        "Decides to authorize the deployment of an African-led International Support Mission in Mali (AFISMA) for an "
        "initial period of one year, which shall take all necessary measures;",
        {"AFISMA"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_subject_a_thing_of_an_agent(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == [("decides", expected)]
