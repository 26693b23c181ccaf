"""Endings set as a time from the adoption, and the second and third sets of measures an ending lists,
were no terms (SC survey of 1 December 2026, scan of every Council text of corpus-full): "the
authorizations provided by and the measures imposed by this resolution shall terminate one year from
the date of the adoption of this resolution" (S/RES/2146 (2014) op 15) ends the text's own measures
(its symbol) a year after its adoption; "the decisions contained in operative paragraphs two and three
of this resolution shall expire 180 days from the adoption of this resolution" (S/RES/2165 (2014) op
5) ends those of its paragraphs 2 and 3; "to terminate ... the measures concerning arms ... in
paragraph 1 of resolution 2219 (2015), ..., as well as the travel and financial measures imposed in
paragraphs 9 to 12 of resolution 1572 (2004) and paragraph 12 of resolution 1975 (2011)" (S/RES/2283
(2016) op 1) ends three sets of measures, one term each. A mandate that "shall expire upon the completion of the political
process" ends on a condition, no term (heldout6 gold, S/RES/1511 (2003) op 15)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "15. Decides that the authorizations provided by and the measures imposed by this resolution shall terminate "
        "one year from the date of the adoption of this resolution, unless the Council decides to extend them;",
        [(15, "terminates", "S/RES/2146(2014)", "2015-03-19", None)],
    ),
    (
        "5. Further decides that the decisions contained in operative paragraphs two and three of this resolution "
        "shall expire 180 days from the adoption of this resolution, and shall be subject to review by the Security "
        "Council;",
        [(5, "terminates", "S/RES/2146(2014)#2,3", "2014-09-15", None)],
    ),
    (
        "1. Decides to terminate, with immediate effect, the measures concerning arms and related materiel in "
        "paragraph 1 of resolution 2219 (2015), first imposed in paragraph 7 of resolution 1572 (2004), as well as "
        "the travel and financial measures imposed in paragraphs 9 to 12 of resolution 1572 (2004) and paragraph 12 "
        "of resolution 1975 (2011), as subsequently renewed, including in paragraph 12 of resolution 2219 (2015);",
        [
            (1, "terminates", "S/RES/2219(2015)#1", None, None),
            (1, "terminates", "S/RES/1572(2004)#9,10,11,12", None, None),
            (1, "terminates", "S/RES/1975(2011)#12", None, None),
        ],
    ),
    (  # on a condition, with no time (as the gold reads S/RES/1511 (2003) op 15)
        "15. Decides that the Council will review the requirements and mission of the multinational force not later "
        "than one year from the date of this resolution, and that in any case the mandate of the force shall expire "
        "upon the completion of the political process;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_ended_at_a_time_or_in_a_list(text, expected):
    r = resolution(text, date="2014-03-19", symbol="S/RES/2146 (2014)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
