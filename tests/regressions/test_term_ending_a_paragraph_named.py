"""A paragraph of a resolution ended by naming it, after a first ending in the same paragraph: heldout15
S/RES/2040 (2012) op 8 "Decides to terminate the authorization granted in paragraph 13 of resolution 1973 (2011) to
Member States ..., decides further to terminate paragraph 14 of that resolution, and underscores the importance of
the full implementation of the arms embargo imposed in paragraphs 9 and 10 of resolution 1970 (2011)" -> T terminates
of=S/RES/1973(2011)#13 and T terminates of=S/RES/1973(2011)#14 ("that resolution" is the one cited before; the
embargo only underscored ends nothing). A clause ", decides further to terminate" is a term of its own, as ",
further decides to terminate" is.
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # heldout15 S/RES/2040 (2012) op 8
        "8. Decides to terminate the authorization granted in paragraph 13 of resolution 1973 (2011) to Member States "
        "to use all measures commensurate to the specific circumstances to carry out inspection pursuant to that "
        "paragraph, decides further to terminate paragraph 14 of that resolution, and underscores the importance of "
        "the full implementation of the arms embargo imposed in paragraphs 9 and 10 of resolution 1970 (2011);",
        [(8, "terminates", "S/RES/1973(2011)#13"), (8, "terminates", "S/RES/1973(2011)#14")],
    ),
    (  # the resolution cited after the paragraphs
        "8. Decides to terminate paragraphs 4 and 5 of resolution 1973 (2011);",
        [(8, "terminates", "S/RES/1973(2011)#4,5")],
    ),
    # "that resolution" with none cited before: no term
    ("8. Decides to terminate paragraph 14 of that resolution;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_ending_a_paragraph_named(text, expected):
    r = resolution(text, date="2012-03-12")
    assert terms(r, "op", "action", "of") == expected


def test_paragraph_ended_linear():
    """term_measures.PARAGRAPH_ENDED and term_endings.PATTERN read a hostile run once: linear cost."""
    import re

    from resgraph.extract.term_endings import PATTERN
    from resgraph.extract.term_measures import PARAGRAPH_ENDED
    from tests.growth import LINEAR, growth

    ending = re.compile(PATTERN, re.I)
    assert growth(lambda n: "terminate paragraph 1" + ", 2" * n + " x", PARAGRAPH_ENDED.search, 400) < LINEAR
    assert growth(lambda n: "terminate paragraph 1 " + "of " * n + "x", ending.search, 400) < LINEAR
