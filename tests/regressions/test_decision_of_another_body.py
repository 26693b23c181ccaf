"""A decision whose subject is another body asks that body (issue 12, the heldout4 gold: S/RES/1980 (2011)
op 15). "Decides that the report of the Group of Experts, as referred to in paragraph 7 (e) of resolution
1727 (2006) may include ... any information" (also S/RES/2045 (2012), 2101 (2013), 2153 (2014)): a report
that shall or may do something is its author's task, the Group asked, not the Council; a report that
is something ("the reports of the Secretary-General ... constitute an alternative", S/RES/2391 (2017))
and a mandate that is extended are still the Council's own decision.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1572 (2004),\n\n1. "

CASES = [
    (
        "Decides that the report of the Group of Experts, as referred to in paragraph 7 (e) of resolution 1727 "
        "(2006) may include, as appropriate, any information and recommendations;",
        [("decides", {"GroupOfExperts1572"})],
    ),
    (
        "Decides that the reports of the Secretary-General mentioned in paragraph 33 above constitute an "
        "alternative to the different lines of reporting;",
        [("decides", {"SecurityCouncil"})],
    ),
    ("Decides that the mandate of MINUSMA shall be extended until 30 June 2024;", [("decides", {"SecurityCouncil"})]),
    (
        "Decides that the Secretary-General and the International Atomic Energy Agency shall report;",
        [("decides", {"SecretaryGeneral", "IAEA"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_of_another_body(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
