"""A report's year said loosely and an addressee left out before a second infinitive are read in time linear in a run
of spaces (issue 8). report_loose_dates.IN_YEAR ("an interim report in 2022", "report to the Council in 2023") split a
run after the report word between "\\s*,?\\s+" (and "\\s*,?" before "\\s+in"): t(4n)/t(n) 16 at the call site, each
report word of a paragraph reading the run after it; elliptic.ELLIPSIS (", and other partners to act") tried an "and"
from each space of a run before it, and split the run after the addressee between "\\s+" and ",?\\s*". Reachable:
extracting "1. Requests the Secretary-General to submit a report <spaces>, and requests the Secretary-General to report
to it by 1 June 2021;" took 0.6 s at 16 KB, 9.8 s at 64 KB in IN_YEAR alone. The rewritten patterns read the spaces and
commas between words possessively (what follows each is a word, so the run is never given back) and try an "and"
without a comma at a run's first space only, and match the same texts: old and new patterns agree on 500,000 random
strings of their words, commas and spaces (IN_YEAR, templated at 70%) and 200,000 (ELLIPSIS, from a position where an
infinitive starts, as at its call site), and the extraction of the open corpus is byte-identical. The bound is the
growth of CPU time from n to 4n (tests/growth.py).
"""

from __future__ import annotations

import pytest

from resgraph.extract import elliptic, report_loose_dates
from tests.growth import LINEAR, extraction_growth, growth

S = " "


def _all(rx):
    return lambda t: list(rx.finditer(t))


def _years(t: str) -> tuple[int, ...]:
    return report_loose_dates.listed_years(t, t.find("2021"))


GROWS = {
    "IN_YEAR: spaces after a report": (lambda n: "a report" + S * n + "x", _all(report_loose_dates.IN_YEAR)),
    "IN_YEAR: spaces after its receiver": (
        lambda n: "a report to the Council" + S * n + "x",
        _all(report_loose_dates.IN_YEAR),
    ),
    # a list of years with no "and" to end it, read once, not from each of its years (report_loose_dates.YEAR_RUN)
    "YEAR_RUN: years with no and": (lambda n: "a report in " + "2021, " * (n // 6) + "x", _years),
    "YEAR_RUN: years, spaces": (lambda n: "a report in 2021," + S * n + "and 2022", _years),
    "ELLIPSIS: spaces before an and": (lambda n: " to act" + S * n + "x", _all(elliptic.ELLIPSIS)),
    "ELLIPSIS: spaces after the addressee": (lambda n: " to act, and States" + S * n + "x", _all(elliptic.ELLIPSIS)),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_a_run_at_the_call_site_is_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 1000) < LINEAR


# hostile paragraphs of 50 KB and 200 KB reaching each call site
HOSTILE = {
    "a report, then a second request": (
        "1. Requests the Secretary-General to submit a report",
        ", and requests the Secretary-General to report to it by 1 June 2021;",
    ),
    "a report, then a second infinitive": (
        "1. Requests the Secretary-General to report",
        "x to submit a report to the Council by 1 June 2021.",
    ),
    "an addressee left out": ("1. Calls upon all States to act, and other partners", "x to assist them."),
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_paragraph_is_extracted_in_linear_time(name):
    head, tail = HOSTILE[name]
    assert extraction_growth(head, S, tail, 50_000) < LINEAR


def test_the_rewritten_patterns_read_as_before():
    year = report_loose_dates.IN_YEAR
    assert year.search("an interim report in 2022 and").group("y4") == "2022"
    assert year.search("to report to the Economic and Social Council , in 2023").group("y4") == "2023"
    assert year.search("a report to it,  to the Council in 2024").group("y4") == "2024"
    assert not year.search("a report to the Council in 2024-2025")
    assert not year.search("a report to the Council on its work in 2024")
    np = [m.group("np") for m in elliptic.ELLIPSIS.finditer(" to act   and other partners , as appropriate, to assist")]
    assert np == ["other partners"]
    assert [m.group("np") for m in elliptic.ELLIPSIS.finditer(" to act , and States   to assist")] == ["States"]
