"""A paragraph number typed into the paragraph's text without its full stop or the space after it, where the
other paragraphs have their <num> (Akoma Ntoso): "11\tCondemns disinformation ..." (S/RES/2730 (2024)), "13 Urges
all States ..." (S/RES/1643 (2005)), "6 Calls on all parties ..." (S/RES/2328 (2016)), "232 .Recognizes the need
..." (A/RES/77/248), "5 Encourages States ..." (A/HRC/RES/54/27), 11 files of corpus-full. The segmenter read no
number there: the paragraph was a block of no paragraph and its mandates were lost (scripts/numbering_audit.py:
gap). Such a number is read only as the next paragraph's (the last + 1) and only before an operative verb: a
count or a year at the start of a line stays text."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes
from tests.snippets import AKN_HEAD, AKN_TAIL, akn_op, akn_paragraphs, mandates

BEFORE = akn_op("10.", "<span>Calls upon</span> all States to ensure the participation of humanitarian personnel;")
FIRST = ("operative", 10, None, "Calls upon")

CASES = [
    (
        "a tab for the stop",
        "\t11\t<span>Condemns</span> disinformation against humanitarian personnel;",
        [FIRST, ("operative", 11, None, "Condemns disinformation")],
    ),
    (
        "a space for the stop",
        "11 <span>Urges</span> all States to cooperate;",
        [FIRST, ("operative", 11, None, "Urges all")],
    ),
    (
        "the stop after the space",
        "11 .Recognizes the need for research;",
        [FIRST, ("operative", 11, None, "Recognizes the")],
    ),
    ("no space after the stop", "11.Notes the discussions;", [FIRST, ("operative", 11, None, "Notes the")]),
    (
        "not the next number",
        "13 <span>Urges</span> all States to cooperate;",
        [FIRST, ("other", None, None, "13 Urges")],
    ),
    ("no verb after it", "11 States have ratified the Convention;", [FIRST, ("other", None, None, "11 States")]),
]


@pytest.mark.parametrize("label, text, expected", CASES, ids=[c[0] for c in CASES])
def test_a_number_without_its_stop_is_the_next_paragraphs(label, text, expected):
    assert akn_paragraphs(BEFORE + akn_op("", text)) == expected


def test_its_mandates_are_found_under_its_number():
    body = BEFORE + akn_op("", "\t11\t<span>Encourages</span> Member States to take appropriate action;")
    body += akn_op("12.", "<span>Decides</span> to remain seized of the matter.")
    doc = AKN_HEAD.format(date="2024-05-24", organ="The Security Council", preamble="") + body + AKN_TAIL
    r = extract_source(read_bytes(doc.encode(), "snippet.xml"))
    assert mandates(r, "op", "verb") == [(10, "calls-upon"), (11, "encourages"), (12, "decides")]
