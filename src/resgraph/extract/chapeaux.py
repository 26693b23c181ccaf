"""Decisions whose verb stands alone in an unnumbered chapeau: "Resolves that:" (or "Decides that:",
"Resolves that, for 2020:") and then numbered paragraphs that open with no verb of their own ("1. The
Working Capital Fund shall be established ...; 2. Member States shall make advances ...", A/RES/76/249).

Each numbered paragraph is a clause of the chapeau's verb, a decision of its own on its own number
(the heldout5 gold): it is read as if the chapeau were written before it ("Resolves that Member States
shall make advances"), so whom it names as who shall act is asked, else the deciding organ. The
chapeau itself asks nothing of its own. Split from mandates.py, which reads the verbs and windows.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from resgraph.models import Block

# the chapeau: a deciding verb and "that", an aside at most ("for 2020"), a colon and nothing after it
CHAPEAU = re.compile(r"(?P<head>(?:Resolves|Decides)\s+that)\s*(?:,\s*(?P<aside>[^;:,]{1,80}?)\s*)?:\s*")
# a clause's first word that is no name, read in lower case after "that": "The Secretary-General is authorized"
LOWER_FIRST = re.compile(r"(?:The|There|Should|Such|All|Any|Each|A|An)\b")


def chapeaux(blocks: Sequence[Block], opens_with_verb: Callable[[str], bool]) -> tuple[dict[int, str], set[int]]:
    """({index in blocks of a numbered paragraph a chapeau governs: the chapeau's words to read before
    it}, {index of a chapeau that governs some}). A chapeau governs the numbered operative paragraphs
    after it, numbered up from 1, up to one that opens with a directive verb of its own."""
    governed: dict[int, str] = {}
    heads: set[int] = set()
    prefix, head, last = "", -1, 0
    for i, b in enumerate(blocks):
        p = b.paragraph
        if p.kind != "operative" or p.part not in ("main", "draft"):
            continue
        m = None if p.number else CHAPEAU.fullmatch(p.text)
        if m:
            prefix = m.group("head") + (f", {m.group('aside')}, " if m.group("aside") else " ")
            head, last = i, 0
            continue
        if prefix and p.number == last + 1 and not opens_with_verb(p.text):
            governed[i] = prefix
            heads.add(head)
            last = p.number
            continue
        prefix = ""
    return governed, heads


def prefixed(b: Block, text: str, written: str, prefix: str) -> tuple[Block, str, str]:
    """The block, its text as written and as matched, with the chapeau's words read before them; the
    block's map to the source shifted so that spans after the words fall where they were."""
    n = len(prefix)
    first = LOWER_FIRST.match(text)
    low = text[0].lower() + text[1:] if first else text
    return replace(b, pieces=tuple((t + n, s, k) for t, s, k in b.pieces)), prefix + written, prefix + low


def texts(
    blocks: Sequence[Block],
    opens_with_verb: Callable[[str], bool],
    put_off: Callable[[str], None],
    same_length: Callable[[str], str],
) -> Iterator[tuple[Block, str, str]]:
    """Each block with its text as written and as matched (same_length); a numbered paragraph of an
    unnumbered chapeau's decisions with the chapeau's words before it, the chapeau itself left out (its
    text only put off for the record of who was named: put_off)."""
    governed, heads = chapeaux(blocks, opens_with_verb)
    for i, b in enumerate(blocks):
        written = b.paragraph.text
        text = same_length(written)
        if i in heads:  # "Resolves that:": its numbered paragraphs are its decisions
            put_off(text)
        elif i in governed:  # "1. Member States shall make advances": "Resolves that Member States shall"
            yield prefixed(b, text, written, governed[i])
        else:
            yield b, written, text
