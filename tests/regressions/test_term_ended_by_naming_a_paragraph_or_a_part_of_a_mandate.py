"""Terminations that name what ends by the paragraph that set it, with no date ("Decides to
discontinue the authorization granted in paragraph 5 of resolution 1626 (2005)", S/RES/1971 (2011)
ops 1-2, heldout7 13), or a part of a body's mandate ("to discontinue the expansion of the mandate
of the Verification Mission in Colombia", S/RES/2798 (2025) op 2, heldout7 05), were no terms: the
ending verbs knew only "the mandate" and "the measures". Now prohibitions, obligations,
authorizations, arrangements or measures "imposed by" named paragraphs end too (S/RES/1367 (2001),
1749 (2007), 1807 (2008), 1957 (2010), 2153 (2014)), and a date between the verb and what ends is
the ending's (S/RES/1956 (2010)). "take all necessary measures to carry out the mandate set out in
paragraph 9 of resolution 1772 (2007)" names what a mission may do, not measures of that paragraph."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to discontinue the authorization granted in paragraph 5 of resolution 1626 (2005), and requests "
        "that UNMIL withdraw, by 7 March 2011, the military personnel providing security for the Special Court;",
        "2011-03-02",
        [(1, "terminates", "S/RES/1626(2005)#5", None)],
    ),
    (
        "2. Further decides to discontinue the authorization and request to UNMIL in paragraph 7 of resolution 1626 "
        "(2005) to evacuate officials of the Special Court for Sierra Leone;",
        "2011-03-02",
        [(2, "terminates", "S/RES/1626(2005)#7", None)],
    ),
    (
        "2. Further decides to discontinue the expansion of the mandate of the Verification Mission in Colombia to "
        "monitor ceasefires as set out in resolution 2694 (2023) and its associated resources;",
        "2025-10-31",
        [(2, "terminates", "UNVMC", None)],
    ),
    (
        "1. Decides to terminate the prohibitions established by paragraph 8 of resolution 1160 (1998);",
        "2001-09-10",
        [(1, "terminates", "S/RES/1160(1998)#8", None)],
    ),
    (
        "1. Decides to terminate with immediate effect the measures imposed by paragraph 11 of resolution 1011 (1995);",
        "2007-03-28",
        [(1, "terminates", "S/RES/1011(1995)#11", None)],
    ),
    (
        "1. Decides to terminate, on 30 June 2011, the arrangements established in paragraph 20 of resolution 1483 "
        "(2003) for depositing into the Development Fund for Iraq proceeds from export sales of petroleum;",
        "2010-12-15",
        [(1, "terminates", "S/RES/1483(2003)#20", "2011-06-30")],
    ),
    (
        "1. Decides to terminate the weapons of mass destruction, missile, and civil nuclear-related measures imposed "
        "by paragraphs 8, 9, 10, 12 and 13 of resolution 687 (1991) and paragraph 3 (f) of resolution 707 (1991);",
        "2010-12-15",
        [(1, "terminates", "S/RES/687(1991)#8,9,10,12,13", None), (1, "terminates", "S/RES/707(1991)#3", None)],
    ),
    (
        "13. Decides to terminate as of the date of adoption of this resolution the measures preventing the "
        "importation by any State of all rough diamonds from Côte d’Ivoire imposed by paragraph 6 of resolution 1643 "
        "(2005);",
        "2014-04-29",
        [(13, "terminates", "S/RES/1643(2005)#6", None)],
    ),
    (
        "4. Decides to terminate the obligations set out in paragraph 4 of resolution 1596 (2005);",
        "2008-03-31",
        [(4, "terminates", "S/RES/1596(2005)#4", None)],
    ),
    (  # not an ending: a call to end violence
        "5. Decides to remain seized of the matter and calls upon the parties to end all violence;",
        "2008-03-31",
        [],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_ended(text, date, expected):
    assert terms(resolution(text, date=date), "op", "action", "of", "until") == expected
