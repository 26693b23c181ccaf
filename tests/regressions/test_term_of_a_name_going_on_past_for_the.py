"""A body read as written after "the mandate of" whose name goes on past "for the" and a capital: "Decides to
terminate the mandate of the High Representative for the Elections" (heldout15 S/RES/1765 (2007) op 6) was of "High
Representative" (term_of.MANDATE_OF ended a name at any "for", there for "for a period of"), as were S/RES/1721 (2006)
op 22 and "the independent international fact-finding mission for the Sudan" (A/HRC/RES/57/2 op 15, 60/3 op 19).
"for a period", "for one year", "for the period ending" still end the name, and so does "laid down in". Since stop 34 the
vocabulary has the High Representative's id (HighRepresentativeElectionsCIV), which the first two cases now give; the
fact-finding mission is still read as written."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "6. Decides to terminate the mandate of the High Representative for the Elections, decides therefore that the "
        "Special Representative of the Secretary-General in Côte d’Ivoire shall certify that all stages of the electoral "
        "process provide all the necessary guarantees;",
        "SC",
        [("terminates", "HighRepresentativeElectionsCIV", None, None)],
    ),
    (
        "22. Renews for a period of 12 months the mandate of the High Representative for the Elections laid down in "
        "paragraph 7 of resolution 1603 (2005), underscores that the Peace and Security Council of the African Union "
        "encouraged the High Representative for the Elections to play a greater role;",
        "SC",
        [("extends", "HighRepresentativeElectionsCIV", None, "P12M")],
    ),
    (
        "15. Decides to extend the mandate of the independent international fact-finding mission for the Sudan for a "
        "period of one year;",
        "HRC",
        [("extends", "independent international fact-finding mission for the Sudan", None, "P1Y")],
    ),
    (  # a time after "for the": still no part of the name
        "2. Decides to extend the mandate of the High Representative for the period ending 31 December 2007;",
        "SC",
        [("extends", "High Representative", "2007-12-31", None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_a_name_going_on_past_for_the(text, organ, expected):
    r = resolution(text, date="2007-06-29", organ=organ)
    assert terms(r, "action", "of", "until", "period") == expected


@pytest.mark.parametrize(
    "pattern, make",
    [
        ("MANDATE_OF", lambda n: "the mandate of" + " " * n + "x" * 200),  # "of\s+" and the name read the run
        ("MANDATE_OF", lambda n: "the mandate of the Xyz" + " " * n + "q"),  # "\s*" and "\s+" before a word
        ("SP_MANDATE", lambda n: "the mandate of the Special Rapporteur on x" + " " * n + "y"),
    ],
)
def test_a_run_of_spaces_in_or_after_the_name_is_linear(pattern, make):
    """MANDATE_OF read a run of spaces after the name with "\\s*" and then "\\s+" side by side, and a name could open
    inside the run "of\\s+" had read; SP_MANDATE read the rest of a run at each space of it in its unbounded name:
    t(4n)/t(n) about 16 for 1,000 spaces."""
    from resgraph.extract import term_of
    from tests.growth import LINEAR, growth

    assert growth(make, getattr(term_of, pattern).search, 1000) < LINEAR
