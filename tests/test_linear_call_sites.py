"""Patterns that split a run of spaces (or of emphasis marks) between two or three quantifiers at one position take
time linear in it at their call site (issue 8). Each pattern below grew about 16x per 4x of the run (64x where a
search read the run again from each of its spaces); the rewritten patterns read each run once (possessive
quantifiers where what follows cannot start with a space or a comma; a lookbehind so a search tries a run at its
first space only; the backtracking of a run kept to the last few spaces that can change the match) and match the
same texts: old and new patterns agree on 100,000 random strings of their words, commas and spaces each, and the
extraction of the open corpus is byte-identical. EVENT, THEREAFTER_TO and OPERATIONAL_BEFORE read a bounded stretch
(40, 20, 60 characters) before their call site's position, so a long run costs them nothing: their tests grow the
text around that stretch. The bound is the growth of CPU time from n to 4n (tests/growth.py).
"""

from __future__ import annotations

import pytest

from resgraph.extract import (
    acting_together,
    agents,
    elliptic,
    kinds,
    report_loose_dates,
    report_pairs,
    report_within,
    subparagraphs,
    term_kind,
    term_measures,
    term_of,
    term_office,
    window_openers,
    windows,
)
from tests.growth import LINEAR, extraction_growth, growth

S = " "


def _bounded(rx, reach):
    """The call site's search of the `reach` characters before a position (the end of the text here)."""
    return lambda t: rx.search(t, max(0, len(t) - reach), len(t))


def _all(rx):
    return lambda t: list(rx.finditer(t))


# S/RES/2719 (2023) op 16's meeting used for the updates, its infinitive more than 100 characters after its first word
MEETING = (
    "also use the United Nations Security Council and the African Union Peace and Security Council annual "
    "consultative meeting to provide"
)

GROWS = {
    "LIST_GOES_ON: spaces between two agents": (lambda n: S * n + "y", agents.LIST_GOES_ON.fullmatch),
    "DOCUMENT: spaces after a determiner": (lambda n: " that the" + S * n + "x", acting_together.DOCUMENT.match),
    "DOCUMENT: spaces after a word": (lambda n: "the annual" + S * n + "x", acting_together.DOCUMENT.match),
    "DOCUMENT: non-words before that": (lambda n: ",;" * n + "x", acting_together.DOCUMENT.match),
    "TOGETHER: spaces at the window's end": (lambda n: S * n + "x", acting_together.TOGETHER.match),
    "TOGETHER: spaces after together with": (
        lambda n: " together with x" + S * n + "x",
        acting_together.TOGETHER.match,
    ),
    "TOGETHER: spaces right after with": (lambda n: " together with" + S * n + "x", acting_together.TOGETHER.match),
    "TOGETHER: spaces before a that clause's modal": (
        lambda n: " together with x," + S * n + "shal",
        acting_together.TOGETHER.match,
    ),
    "TOGETHER: commas and spaces before a modal": (
        lambda n: " together with x" + " ," * n + "x",
        acting_together.TOGETHER.match,
    ),
    "FORUM: spaces after in, the and of": (
        lambda n: " in" + S * n + "the" + S * n + "work of" + S * n + "x",
        lambda t: list(window_openers.FORUM.finditer(t)),
    ),
    "FORUM: spaces between capitalized words before a head": (
        lambda n: " in" + (S + "Xx") * n + "x",
        lambda t: list(window_openers.FORUM.finditer(t)),
    ),
    "AND_OF: spaces before and": (lambda n: "x," + S * n + "and x", lambda t: list(window_openers.AND_OF.finditer(t))),
    "LEAD_WORD: spaces": (lambda n: S * n + "x", kinds.LEAD_WORD.match),
    "LEAD_WORD: emphasis marks": (lambda n: "_" * n + "x", kinds.LEAD_WORD.match),
    "EVENT: 40 characters before a date": (
        lambda n: "x " * n + "held" + S * 36,
        _bounded(report_loose_dates.EVENT, 40),
    ),
    "THEREAFTER_TO: 20 characters before a report": (
        lambda n: "x " * n + "thereafter" + S * 10,
        _bounded(report_pairs.THEREAFTER_TO, 20),
    ),
    "OPERATIONAL_BEFORE: 60 characters before a report word": (
        lambda n: "x " * n + "monitor" + S * 53,
        _bounded(report_within.OPERATIONAL_BEFORE, 60),
    ),
    "DECISION_LIST: spaces after Decides": (lambda n: S * n + "x", subparagraphs.DECISION_LIST.fullmatch),
    "DECISION_LIST: spaces after that": (lambda n: " that" + S * n + "x", subparagraphs.DECISION_LIST.fullmatch),
    "TIME: spaces after for": (lambda n: "for" + S * n + "x", term_kind.TIME.search),
    "NEXT: spaces after a resolution": (lambda n: S * n + "x", term_measures.NEXT.match),
    "_LEAD: spaces after the action": (lambda n: S * n + "x", term_office._LEAD.match),
    "_END: spaces in the holders' name": (lambda n: "x" + S * n + "x", term_office._END.search),
    "_MEMBERS: spaces in the holders' name": (lambda n: "x" + S * n + "x", term_office._MEMBERS.search),
    "WINDOW_LEAD: spaces after a resolution": (
        lambda n: " in resolution 1234" + S * n + "x",
        windows.WINDOW_LEAD.match,
    ),
    "WINDOW_LEAD: spaces after to authorize": (lambda n: "to authorize" + S * n + "x", windows.WINDOW_LEAD.match),
    "WINDOW_LEAD: spaces after to extend": (lambda n: "to extend" + S * n + "x", windows.WINDOW_LEAD.match),
    "PERIOD_OF: spaces after the action": (lambda n: S * n + "x", term_of.PERIOD_OF.match),
    # an elliptic addressee's "and" or comma before a run, no infinitive within np's 100 characters after it: the run
    # was given back space by space, np and its spaces reading the run's rest at each (15.6x per 4x)
    "ELLIPSIS: spaces after and": (lambda n: "effectiveness and" + S * n + MEETING, _all(elliptic.ELLIPSIS)),
    "ELLIPSIS: spaces after a comma": (lambda n: "effectiveness," + S * n + MEETING, _all(elliptic.ELLIPSIS)),
    "ELLIPSIS: spaces after upon": (lambda n: ", and upon" + S * n + MEETING, _all(elliptic.ELLIPSIS)),
    # the join between two reports (carry_receiver), searched from each space of a run (15.8x per 4x)
    "JOINED_NOUN: spaces between two reports": (lambda n: "x" + S * n + "x", report_pairs.JOINED_NOUN.search),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_a_run_at_the_call_site_is_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 1000) < LINEAR


GA = "The General Assembly,\n\nRecalling its resolution 60/1,\n\n"
# hostile paragraphs of 50 KB and 200 KB reaching each call site (head, run, tail); the first two took 30 s and 2.8 s at
# 20 KB before
HOSTILE = {
    "agents of a joint activity": (
        "1. Encourages cooperation among the Secretary-General",
        S,
        "x Member States to act.",
    ),
    "a paragraph's first word": ("1. ", "_", "x Decides to act."),
    "a decision's list": ("1. Decides", S, "x to act."),
    "together with": ("1. Encourages the Government, together with", S, "the Secretary-General x, to act."),
    # S/RES/2719 (2023) op 16 with a run after its "and": 7.7 s at 8,000 spaces before
    "a meeting used after and": (
        "1. Also requests the Secretary-General to submit an annual report to the Security Council for greater "
        "effectiveness and",
        S,
        MEETING + " updates in this regard;",
    ),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_paragraph_is_extracted_in_linear_time(name):
    head, run, tail = HOSTILE[name]
    assert extraction_growth(head, run, tail, 50_000, GA) < LINEAR
