"""Many elliptic addressees in one paragraph are read in time linear in the paragraph (issue 8). For each ", and
other partners to act" (elliptic.ELLIPSIS) after the window, elliptic() listed every AGAIN_TO (", and to share")
from the window's end up to it, then searched WITH ("with", "by", ...) from the last one: each a search of the
paragraph from the window's end, quadratic in a paragraph of many. Reachable: "1. Calls upon all States to act , and
other partners to act , and other partners to act ..." took 14.4 s at 160 KB (t(4n)/t(n) 8.7 from 40 KB). Both are
now read from the patterns' hits over the whole paragraph by index (wordsearch.hits): an AGAIN_TO hit across the
ELLIPSIS match's start matched again on the cut text, a WITH hit whose look-ahead may read past it searched on the cut
text. Old and new searches agree on 700,000 random strings of their words, and the extraction of the open corpus is
byte-identical. The bound is the growth of CPU time from n to 4n (tests/growth.py).
"""

from __future__ import annotations

import pytest

from resgraph.extract import elliptic
from tests.growth import LINEAR, extraction_growth, growth


def _each_ellipsis(f):
    """f(text, we, at) at each ELLIPSIS match of text after the window's end we = 0, as elliptic() calls it."""
    return lambda t: [f(t, 0, m.start()) for m in elliptic.ELLIPSIS.finditer(t)]


GROWS = {
    "AGAIN_TO: the last one before each addressee": (
        lambda n: " to act, and to share" + " , and other partners to act" * n,
        _each_ellipsis(elliptic._restart),
    ),
    "WITH: the first one after the window": (
        lambda n: " to act" + " , and other partners to act" * n,
        _each_ellipsis(elliptic._first_with),
    ),
}


@pytest.mark.parametrize("name", list(GROWS))
def test_the_addressees_at_the_call_site_are_read_in_linear_time(name):
    make, run = GROWS[name]
    assert growth(make, run, 200) < LINEAR


def test_a_paragraph_of_elliptic_addressees_is_extracted_in_linear_time():
    head, run = "1. Calls upon all States to act", " , and other partners to act"
    assert extraction_growth(head, run, " , and other partners to assist them.", 20_000 // len(run)) < LINEAR


def test_the_searches_by_index_read_as_before():
    text = " to act, and to share with the Board , and other partners to act"
    at = text.index(" , and other")
    assert elliptic._restart(text, 0, at) == text.index(" with")
    assert elliptic._first_with(text, elliptic._restart(text, 0, at), at).group(0) == "with"
    text = " to abide by seeking"
    assert elliptic._first_with(text, 0, len(text)) is None  # "by seeking": a means, no agent
    assert elliptic._first_with(text, 0, len(text) - 3).group(0) == "by"  # cut at "seek": read as a search of the cut
    text = " to act, and to sh , and others to act"
    assert elliptic._restart(text, 0, text.index(" , and")) == text.index(" , and")
