"""Patterns that read the spaces between report words or after a name, linear in a run of them: NAMELY ("reports,
namely, a report on ...", report_namely.py) read the run again from each of its spaces, PAIRED ("a report ... and a
report", report_pairs.py) and JOINED ("reported ... by UNMOVIC and the IAEA", report_passive.py) split it between two
quantifiers at each of its spaces, and NAME_END (the end of a working group's name, term_names.py) did both: for 1,200
spaces t(4n)/t(n) was 80 to 120 (10 s a search). The wordings they read are kept (the cases below; the old and new
patterns agree on 400,000 random strings of their words, commas and spaces)."""

import pytest

from resgraph.extract import report_namely, report_pairs, report_passive, term_names


def test_the_wordings_are_read_as_before():
    assert report_namely.NAMELY.match("reports, namely, a report on", 7)
    assert report_namely.NAMELY.match("reports on its work: a report on", 7)
    assert not report_namely.NAMELY.match("reports; namely, a report on", 7)
    assert report_pairs.PAIRED.fullmatch(" , and ")
    assert report_pairs.PAIRED.fullmatch(" as well as ")
    assert not report_pairs.PAIRED.fullmatch(" , ")
    assert report_passive.JOINED.match(" and the IAEA").group() == " and the "
    assert report_passive.JOINED.match(", and the IAEA").group() == ", "
    assert not report_passive.JOINED.match("and the IAEA")
    text = "a working group on x whose mandate"
    assert term_names.NAME_END.search(text, len("a working group")).start() == len("a working group on x")
    assert term_names.NAME_END.search("a working group  , y", 15).start() == 15


@pytest.mark.parametrize(
    "run, make",
    [
        (lambda s: report_namely.NAMELY.match(s, 7), lambda n: "reports" + " " * n + "x"),
        (report_pairs.PAIRED.fullmatch, lambda n: " " * n + "x"),
        (report_passive.JOINED.match, lambda n: " " * n + "x"),
        (lambda s: term_names.NAME_END.search(s, 5), lambda n: "group" + " " * n + "x"),
    ],
)
def test_a_run_of_spaces_is_linear(run, make):
    from tests.growth import LINEAR, growth

    assert growth(make, run, 1000) < LINEAR
