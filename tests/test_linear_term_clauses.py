"""The term clauses of a paragraph take time linear in a run of spaces (issue 8). Seven patterns tried a run from each
of its spaces, reading it to its end every time (t(4n)/t(n) about 16 at the call site): term_times.INTENTION (",
with the intention to extend it"), term_measures.AS_WELL_AS (", as well as the measures imposed by paragraph ..."),
symbols' separator of cited resolutions (", as well as", which split the run after a number between two quantifiers),
term_office._PARENS and _SERVING (the holders of an office: "(Denmark)", ", serving at the"), term_before.PART_AFTER
and terms.CLAUSE_CUT (" and decides that"). Reachable: extracting a 200 KB paragraph "Decides to renew the measures
imposed by paragraph 2 of resolution 1234 (2005) <spaces> x until ..." took minutes (20 s at 80 KB), as did "Decides to
extend the terms of office of the judges <spaces> x until ...". The rewritten patterns start a match without a comma
at a run's first space only (a lookbehind: a match starting further in had an earlier one) or read the run
possessively, and match the same texts: old and new patterns agree on 50,000 random strings of their words, commas and
spaces each, and the extraction of the open corpus is byte-identical. The bound is the growth of CPU time from n to 4n
(tests/growth.py).
"""

from __future__ import annotations

import pytest

from resgraph.extract import symbols, term_before, term_measures, term_office, term_times, terms
from tests.growth import LINEAR, SC, extraction_growth, growth

S = " "

GROWS = {
    "INTENTION: spaces after the action": (lambda n: " x" + S * n + "x", lambda t: term_times.before_intention(t, 0)),
    "AS_WELL_AS: spaces after the action": (
        lambda n: " x" + S * n + "x",
        lambda t: term_measures.as_well_as(t, None, None, 0),  # type: ignore[arg-type]  # (no match: no vocabulary read)
    ),
    "MENTION: spaces after a resolution's number": (
        lambda n: "resolution 1234 (2005)" + S * n + "x",
        symbols.MENTION.match,
    ),
    "_PARENS: spaces in the holders' name": (
        lambda n: "judges" + S * n + "x",
        lambda t: term_office._PARENS.sub("", t),
    ),
    "_SERVING: spaces in the holders' name": (
        lambda n: "judges" + S * n + "x",
        lambda t: term_office._SERVING.sub(" of the", t),
    ),
    "PART_AFTER: spaces in a clause": (lambda n: "x" + S * n + "x", lambda t: list(term_before.PART_AFTER.finditer(t))),
    "CLAUSE_CUT: spaces in a paragraph": (lambda n: "x" + S * n + "x", lambda t: list(terms.CLAUSE_CUT.finditer(t))),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_a_run_at_the_call_site_is_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 1000) < LINEAR


# hostile paragraphs of 50 KB and 200 KB reaching each call site
HOSTILE = {
    "measures renewed by a paragraph": "1. Decides to renew the measures imposed by paragraph 2 of resolution 1234 (2005)",
    "terms of office of judges": "1. Decides to extend the terms of office of the judges",
    "a mandate extended": "1. Decides to extend the mandate of the Panel of Experts",
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_paragraph_is_extracted_in_linear_time(name):
    assert extraction_growth(HOSTILE[name], S, "x until 31 December 2020.", 50_000) < LINEAR


def _items_under_a_long_lead(n: int) -> bytes:
    """A lead of n words naming one resolution, then n / 25 items each recalling a paragraph of it and extending its
    authorisations (term_measures.lead_resolution reads the lead for each item)."""
    lead = "1. Reaffirms its decisions in resolution 2628 (2022)" + " x" * n + " except as follows:\n\n"
    item = "({}) recalls paragraph {} and extends its authorisations until 30 June 2023;\n\n"
    return (SC + lead + "".join(item.format(chr(97 + i % 26), i + 1) for i in range(n // 25))).encode()


def test_items_recalling_paragraphs_of_a_long_lead_are_read_in_linear_time():
    """The lead's one resolution is found once for its items, not once an item (about 9 without the cache)."""
    from resgraph.extract.pipeline import extract_source
    from resgraph.extract.read import read_bytes

    assert len(extract_source(read_bytes(_items_under_a_long_lead(100), "h.txt")).mandate_terms) == 4
    assert growth(_items_under_a_long_lead, lambda d: extract_source(read_bytes(d, "h.txt")), 5000) < LINEAR


def test_the_rewritten_patterns_read_as_before():
    clause = "to extend the mandate until 31 May 2010 , with the intention to extend it"
    assert term_times.before_intention(clause, 9) == "to extend the mandate until 31 May 2010 "
    assert term_times.before_intention("extend  and intends to", 6) == "extend"  # the run at the action's end
    assert term_times.before_intention("extend   x and intends to", 6) == "extend   x"
    assert (
        symbols.MENTION.match("resolutions 1234 (2005)  ,  as well as 1235 (2005)")
        .group("list")
        .endswith("1235 (2005)")
    )
    assert (
        symbols.MENTION.match("resolutions 1234 (2005)   as well as 1235 (2005)").group("list").endswith("1235 (2005)")
    )
    assert term_office._PARENS.sub("", "Judge A B  (Denmark) (x)") == "Judge A B"
    assert term_office._SERVING.sub(" of the", "judges , serving at the Tribunal") == "judges  of the Tribunal"
    assert term_office._SERVING.sub(" of the", "judges   currently serving at the Tribunal") == "judges of the Tribunal"
    assert [m.span() for m in term_before.PART_AFTER.finditer("x   and  decides , and requests")] == [(1, 9), (17, 23)]
    assert [m.span() for m in terms.CLAUSE_CUT.finditer("x   and  further decides that")] == [(1, 17)]
