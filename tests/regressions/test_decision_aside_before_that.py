"""An aside between "Decides" and its "that" (issue 12, the first gold: S/RES/2255 (2015) op 51; 64
paragraphs of corpus-full): "Decides, in order to assist the Committee in fulfilling its mandate, that
the 1267/1989 Monitoring Team ... shall also support the Committee" asks the Monitoring Team (the window
was the aside, ", in order", and the Council was asked); "Decides, for a period ending on 30 April 2015,
that all States shall", "Decides, therefore, that MINUSTAH will consist", "Decides, acting under Article
41 of the Charter, that the measures ... shall not apply" (a thing: the Council's own decision). A team
named by two aliases (the team, and the committee's generic one) is asked once.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Decides, in order to assist the Committee in fulfilling its mandate, that the 1267/1988 Analytical Support "
        "and Sanctions Monitoring Team, established pursuant to paragraph 7 of resolution 1526 (2004), shall support "
        "the Committee;",
        [("decides", ("MonitoringTeam1526",))],
    ),
    (
        "Decides, for a period ending on 30 April 2015, that all States shall take the necessary measures;",
        [("decides", ("States",))],
    ),
    ("Decides, therefore, that MINUSTAH will consist of a military component;", [("decides", ("MINUSTAH",))]),
    (
        "Decides, acting under Article 41 of the Charter of the United Nations, that the measures imposed in "
        "resolution 1737 (2006) shall not apply;",
        [("decides", ("SecurityCouncil",))],
    ),
    ("Decides, in the light of the report, to extend the mandate of UNMISS;", [("decides", ("SecurityCouncil",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_aside_before_that(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
