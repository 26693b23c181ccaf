"""Patterns that read mandate terms take time linear in a run of spaces at their call site (issue 8): PERIOD
(term_times, "for a period of 12 months") split the run after "for" or "until" between two quantifiers (t(4n)/t(n)
16), and ESTABLISHED_NAME (term_established, the name of a body set up: "establish a Committee ... for") tried a
word that ends the name from each space of a run, reading the run to its end every time (15). The rewritten patterns
read each run once (possessive quantifiers; the name's end is tried at a run's start, or one space in past "up", as
before) and match the same texts: the wordings below, old and new patterns agree on 100,000 random strings of their
words, commas and spaces, and the extraction of the open corpus is unchanged. The bound is the growth of CPU time
from n to 4n (tests/growth.py)."""

from __future__ import annotations

import pytest

from resgraph.extract import term_established, term_kind, term_permitted, term_restated, term_spans, term_times
from resgraph.models import Paragraph, Span
from resgraph.vocab import load
from tests.growth import LINEAR, growth

S = " "
GROWS = {
    "a period after for": (lambda n: "for" + S * n + "x", term_times.PERIOD.search),
    "a period after until": (lambda n: "until" + S * n + "x", term_times.PERIOD.search),
    "the name of a body set up": (lambda n: " a Committee" + S * n + "x", term_established.ESTABLISHED_NAME.match),
    "a name set up, then spaces": (lambda n: " a group set up" + S * n + "x", term_established.ESTABLISHED_NAME.match),
    # the run after "that" split three ways, between `\s+`, the States permitted and the next `\s+` (cubic; review 54)
    "who is permitted, after that": (lambda n: "Decides that" + S * n + "x", term_permitted.SESSION_PERMIT.search),
    # a thing extended, its time looked for past a run of spaces after its noun, or its words after "the"
    "a thing extended, then spaces": (lambda n: " the funding mechanism" + S * n + "x", term_kind.THING_NAMED.match),
    "the words of a thing extended": (lambda n: " the" + " funding" * n + " x", term_kind.THING_NAMED.match),
    # a window's first day, its year maybe left out, then spaces before "and" (term_spans.WINDOW: the run read once)
    "a window's first day, then spaces": (lambda n: "between 1 January" + S * n + "x", term_spans.WINDOW.search),
    "a window's year, then spaces": (lambda n: "from 1 January 2023" + S * n + "x", term_spans.WINDOW.search),
    "windows' first days one after another": (lambda n: "from 1 May " * n + "x", term_spans.WINDOW.search),
    # an event's words before a window (term_spans.EVENT_BEFORE, review 66): a run of spaces, or of such words
    "an event's word, then spaces": (lambda n: "held" + S * n + "x y", term_spans.EVENT_BEFORE.search),
    "events' words one after another": (lambda n: "held " * n + "x,", term_spans.EVENT_BEFORE.search),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_a_run_of_spaces_is_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 1000) < LINEAR


RENEWED = (
    "the arms embargo imposed by paragraph 54 of resolution 2127 (2013) renewed by paragraph 1 of this resolution, "
)


def _renewed(text: str) -> dict[int, str]:
    return term_restated._renewed((Paragraph(0, "operative", "main", text, Span(0, len(text)), 40),), load(), "SC")


def test_the_paragraphs_renewed_by_a_long_paragraph_are_read_in_linear_time():
    """term_restated read the clause starts before each "renewed by ... of this resolution" from the paragraph's
    start (t(4n)/t(n) about 15: 1.5 s at 275 KB, 24 s at 1.1 MB; review of stop 46); it reads only the reach."""
    assert growth(lambda n: RENEWED * (n // 10), _renewed, 1000) < LINEAR
    assert _renewed(RENEWED) == {1: "S/RES/2127(2013)#54"}


def test_a_period_is_read_as_before():
    cases = [
        ("for a period of 12 months", ("P12M", None)),
        ("for a period of 12 months from the date of adoption of this resolution", ("P12M", "2021-05-01")),
        ("for  a further   three months", ("P3M", None)),
        ("until one year from the date of adoption of this resolution", ("P1Y", "2021-05-01")),
        ("for the final period of 12 months", ("P12M", None)),
        ("for a period of six months from 30 September 2003", ("P6M", "2004-03-30")),
    ]
    assert [term_times.period(text, "2020-05-01") for text, _ in cases] == [expected for _, expected in cases]


@pytest.mark.parametrize(
    "text, name",
    [
        (" a Committee for the duration of the mandate", "Committee"),
        (" a Committee for the work of the Council", "Committee for the work of the Council"),
        (" a Committee   to monitor", "Committee"),
        (
            " a Member State-led, open-ended ad hoc committee to prepare",
            "Member State-led, open-ended ad hoc committee",
        ),
        (" a mechanism set up to monitor", "mechanism set up to monitor"),  # not ended at "to" past "up"
        (" a mechanism set up  to monitor", "mechanism set up "),  # one space in past "up": as before
        (" the Team; and", "Team"),
    ],
)
def test_the_name_of_a_body_set_up_is_read_as_before(text, name):
    assert term_established.ESTABLISHED_NAME.match(text).group("name") == name
