"""Many report words in one paragraph are read in time linear in the paragraph (issue 8). Each report word of a
clause searched the paragraph from its start (or its clause from its start) again: report_triggers._subject_of_that
listed every "that " before the word; report_unknown._where_named every "briefings by", asking verb and "establish
... a" before it, with PANEL_MANDATE and REPLACED_TASK searched up to it and the rest of the paragraph sliced off for an
article; report_set_up.body every set-up verb before it; report_mentions.organ_reports read the organs named from the
clause's start up to each report verb. Reachable: "1. Requests the General Assembly to report to the General Assembly
... " grew 17x from 20 KB to 80 KB (42.6 s at 80 KB), "Requests that the Secretary-General report report ..." 9x
(15.6 s), an 80 KB paragraph of repeated "report" words took 9.2 s. Each pattern's hits over the whole paragraph are
now found once and looked up by index (wordsearch.hits; a hit cut at the report word is read as a search of the text
before it reads it), and organ_reports first looks for ORGAN_ACTS's verb in the seven words before the report word.
Old and new searches agree on 300,000 random strings of their words, and the extraction of the open corpus is
byte-identical. The bound is the growth of CPU time from n to 4n (tests/growth.py).
"""

from __future__ import annotations

import re

import pytest

from resgraph.extract import (
    report_mentions,
    report_part_of,
    report_set_up,
    report_triggers,
    report_unknown,
    report_within,
)
from tests.growth import LINEAR, extraction_growth, growth

REPORT = re.compile(r"\breport\b")


def _each_report(f):
    """f(text, at) at each report word of text, as the report words of a clause call it."""
    return lambda t: [f(t, m.start()) for m in REPORT.finditer(t)]


def _none(a: int, z: int) -> list:
    return []


GROWS = {
    "_subject_of_that: the last that": (
        lambda n: "Requests that the Panel" + " report" * n,
        _each_report(lambda t, at: report_triggers._after_last_that(t, 0, at)),
    ),
    "_where_named: briefings by, asking verbs, establish": (
        lambda n: (
            "Takes note of the briefings by the Secretariat, invites the Board and establishes a Group" + " report" * n
        ),
        _each_report(lambda t, at: list(report_unknown._where_named(t, at))),
    ),
    "body: set-up verbs": (
        lambda n: "Decides to establish" + " report" * n,
        _each_report(lambda t, at: report_set_up.body(t, at, _none, None)),
    ),
    "PANEL_MANDATE: the first mandate of a panel": (
        lambda n: "the mandate of the Panel" + " report" * n,
        _each_report(report_unknown._first_panel_mandate),
    ),
    "REPLACED_TASK: To before the report word": (
        lambda n: "replaced by the following: To" + " report" * n,
        _each_report(lambda t, at: report_unknown._ends_in_to(t, at) and report_unknown.REPLACED_TASK.search(t, 0, at)),
    ),
    "adopted: ADOPTS before each report noun": (
        lambda n: "Requests the Secretary-General to submit" + " a report on" * n,
        _each_report(lambda t, at: report_mentions._adopts(t, 0, at)),
    ),
    "organ_reports: a verb before the report word": (
        lambda n: "the Council will" + " report" * n,
        _each_report(report_mentions._modal_before),
    ),
    # DATA_OBJECT split a run of spaces after the receiver's last word between two quantifiers (quadratic: 0.75 s
    # for 4,000 spaces in "to the Security Council and <spaces> relevant bodies")
    "reports_data: spaces after the receiver": (
        lambda n: "report to the Security Council and" + " " * n + "relevant bodies",
        lambda t: report_mentions.reports_data(t, 0, 6),
    ),
    # FRAMED: a run of spaces inside the framework's words, and before the possessive's report noun
    "FRAMED: spaces in the framework's words": (
        lambda n: "report to the Council within the" + " " * n + "framework of its" + " " * n + "x",
        lambda t: report_part_of.FRAMED.match(t, 6),
    ),
    "FRAMED: spaces after the possessive's words": (
        lambda n: "report within the framework of its regular" + " " * n + "x",
        lambda t: report_part_of.FRAMED.match(t, 6),
    ),
    # INCLUDE_INTO's `put` branch, searched in _included's window: runs of spaces between the verb, "in", the
    # possessive and its words, and many verbs before the report noun
    "INCLUDE_INTO put: spaces in the verb's words": (
        lambda n: "to provide" + " " * n + "in the context of his" + " " * n + "next" + " " * n + "x",
        lambda t: list(report_within.INCLUDE_INTO.finditer(t)),
    ),
    "INCLUDE_INTO put: many verbs": (
        lambda n: "Requests the Secretary-General" + " to provide in his" * n + " report",
        lambda t: list(report_within.INCLUDE_INTO.finditer(t)),
    ),
    # IN_REPORTS_BEFORE's no-comma branch, refused after "and": many "and to" after "in his next report"
    "IN_REPORTS_BEFORE: and to after the report": (
        lambda n: "to provide in his next report an update" + " and to" * n,
        _each_report(lambda t, at: report_part_of.IN_REPORTS_BEFORE.search(t, max(0, at - 160), at)),
    ),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_the_report_words_at_the_call_site_are_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 500) < LINEAR


def _actors_of(t: str):
    """The vocabulary and the actors of t read as a report context reads them (mandates._context)."""
    from resgraph.extract.addressees import actors_in
    from resgraph.extract.aliases import _Scan
    from resgraph.extract.named import _Named
    from resgraph.vocab import load

    v, named = load(), _Named()
    scan = _Scan(t, v)

    def actors(a: int, z: int) -> list:
        return [(x, a + s, a + e) for x, s, e in actors_in(t[a:z], v, named, spans=scan(a, z))]

    return v, actors


def _body_with_actors(t: str) -> list:
    """report_set_up.body at each report word of t, the actors of t read as a report context reads them."""
    v, actors = _actors_of(t)
    return _each_report(lambda t, at: report_set_up.body(t, at, actors, "GeneralAssembly", v))(t)


def _reporter_of_own_receiver(t: str) -> list:
    """report_unknown.reporter at each report word of t of a report read as asked of the General Assembly and going to
    it: where the reporter is named in the paragraph is looked for."""
    from resgraph.extract.report_receivers import Context

    v, actors = _actors_of(t)
    ctx = Context(t, None, None, v, "GA", None, actors, list)  # type: ignore[arg-type]
    own = {"by": "GeneralAssembly", "to": "GeneralAssembly"}
    return _each_report(lambda t, at: report_unknown.reporter(ctx, dict(own), at))(t)


def test_a_report_of_its_own_receiver_reads_a_window_after_the_one_invited():
    # "invite the General Assembly to report to the General Assembly ...": each report read the actors from the
    # invited one to the report word (report_unknown._named_at)
    make = lambda n: "Decides to invite the General Assembly" + " to report to the General Assembly" * n  # noqa: E731
    assert growth(make, _reporter_of_own_receiver, 100) < LINEAR


def test_a_report_of_its_own_receiver_tries_the_last_briefings_by_only():
    # each report tried every "briefings by" before it, each naming the receiver (report_unknown._where_named)
    run = " the briefings by the General Assembly and to report to the General Assembly,"
    assert growth(lambda n: "Decides to take note of" + run * n, _reporter_of_own_receiver, 100) < LINEAR


def test_many_set_up_bodies_rejected_are_read_the_last_few_only():
    # "establish a General Assembly to report to the General Assembly" repeated: each report read the actors after every
    # set-up verb before it, each naming the organ itself (report_set_up.body)
    run = " establish a General Assembly to report to the General Assembly,"
    assert growth(lambda n: "Decides to" + run * n, _body_with_actors, 50) < LINEAR


def test_set_up_verbs_that_name_no_body_are_read_once():
    # "Decides to establish a report to the General Assembly ...": each report read the actors after every verb before it
    assert (
        growth(lambda n: "Decides to" + " establish a report to the General Assembly" * n, _body_with_actors, 100)
        < LINEAR
    )


GA = "The General Assembly,\n\nRecalling its resolution 60/1,\n\n"
# hostile paragraphs of 5 KB and 20 KB reaching each call site
HOSTILE = {
    "report words": ("1. Requests the Secretary-General to report", " report", " to the General Assembly."),
    "report words after that": ("1. Requests that the Secretary-General", " report", " to the General Assembly."),
    "reports to the organ that asks": (
        "1. Requests the General Assembly",
        " to report to the General Assembly",
        " at its seventy-fifth session.",
    ),
    # each report asked of its own receiver read the actors from the verb's object to the report word
    # (report_unknown._named_at): 10.2 from 5 KB to 20 KB, now a window after the object
    "reports to the organ invited": (
        "1. Decides to invite the General Assembly",
        " to report to the General Assembly",
        " at its seventy-fifth session.",
    ),
    "report nouns": ("1. Requests the Secretary-General to submit", " a report on", " the matter."),
    "set-up verbs and reports": ("1. Decides to", " establish a report to the General Assembly", "."),
    # each outcome noun with a deadline looked for the review from the paragraph's start (report_outcome.asked)
    "options handed by a date": (
        "4. Requests the Secretary-General to ",
        " provide the Council with options by 30 September 2017 and",
        " report.",
    ),
    "a run of spaces after a receiver": (
        "1. Requests the Secretary-General to report to the Security Council and",
        " ",
        " relevant bodies on progress.",
    ),
    "report words after briefings by": (
        "1. Takes note of the briefings by the Secretariat, and decides to",
        " report",
        " at its seventy-fifth session.",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_paragraph_of_report_words_is_extracted_in_linear_time(name):
    head, run, tail = HOSTILE[name]
    assert extraction_growth(head, run, tail, 5_000 // len(run), GA) < LINEAR


def test_reviews_and_their_advice_are_extracted_in_linear_time():
    """Each receiver looked for another task between it and its report from the receiver on (report_sessions.
    other_task), and each review for its clause's end and for later reports from the review on (report_conducted.
    asked): 10.4 from 400 to 1,600 reviews, a ratio the 5 KB of the paragraphs above does not show; now found once
    per paragraph and looked up by bisection."""
    run = " conduct a strategic review of the Mission, providing advice to the Security Council in advance of the"
    head, tail = "1. Requests the Secretary-General to", " next mandate renewal."
    assert extraction_growth(head, run, tail, 400, GA) < LINEAR


def test_many_receivers_joined_are_extracted_in_linear_time():
    """A report to the Council "and relevant Member States" repeated: one report per receiver (cf734567), each of
    which read its whole clause again for the meeting it is due before (report_event_day._before) and for a report
    handed on (report_forwarded.handed_on); now each clause is read once for all its reports."""
    head = "1. Requests the Secretary-General to submit a report to the Security Council"
    assert extraction_growth(head, " and relevant Member States", " by 30 June 2018.", 500) < LINEAR


def test_the_searches_by_index_read_as_before():
    text = "Takes note of the briefings by the Secretariat; requests also the Board to report"
    at = text.index("report")
    assert list(report_unknown._where_named(text, at)) == [text.index("the Secretariat"), text.index("the Board")]
    cut = text.index("also") + 2  # "requests al": the verb and its space, as a search of the text before it reads it
    assert list(report_unknown._where_named(text, cut)) == [text.index("the Secretariat"), text.index("also")]
    text = "Requests that the Panel report"
    assert report_triggers._after_last_that(text, 0, text.index("report")) == text.index("the Panel")
    assert report_triggers._after_last_that("that x", 0, 6) == 5  # at the clause's start: no \b before it read
    assert report_triggers._after_last_that("athat x", 1, 7) == 6
    assert report_triggers._after_last_that("athat x", 0, 7) is None
    assert report_unknown._first_panel_mandate("the mandate of the Panel", 24).end() == 19
    assert report_unknown._first_panel_mandate("the mandate of the Panel", 22) is None  # the look-ahead cut
    assert report_mentions._modal_before("the Council will complete action to ", 36)
    assert not report_mentions._modal_before(
        "the Council will complete the action of the work of the ", 56
    )  # 9 words back
    for text, ends in (
        ("the following: To regularly ", True),
        ("the following: To ", True),
        ("the following: Tom ", False),
    ):
        assert report_unknown._ends_in_to(text, len(text)) == ends


@pytest.mark.parametrize(
    "text, data",
    [
        ("report to the Security Council and relevant data", True),
        ("report to the Security Council and" + " " * 50 + "relevant data", True),
        ("report to the Security Council and" + " " * 50 + "data", True),
        ("report" + " " * 50 + "required catch data", True),
        ("report to the Security Council and" + " " * 50 + "relevant bodies", False),  # no data noun
        ("report to the Security Council on" + " " * 50 + "progress", False),
        ("report to the Council progress data", False),  # a lower-case word before the data
    ],
)
def test_data_after_a_run_of_spaces_is_read_as_before(text, data):
    assert report_mentions.reports_data(text, 0, 6) is data
