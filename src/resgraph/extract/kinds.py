"""A paragraph's kind from its first words: preambular ("Recalling", "Deeply concerned") or operative
("Decides", "Deeply regrets"); the segmented paragraphs with their kinds and repaired numbers.

Apart from `segment.py`, which reads a text's lines into paragraphs: the words that lead each kind
are data (leads.yaml, verbs' adverbs); this module only weighs them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from resgraph.models import Paragraph, Span
from resgraph.vocab import Vocabulary

__all__ = ["introduces_items", "lead", "number_paragraphs", "stray_marks"]


class Built(Protocol):
    """A paragraph as the segmenter built it (paragraph_text.ParagraphBuilder)."""

    kind: str
    part: str
    number: int | None
    label: str | None
    parent: int | None
    text: str
    pieces: list[tuple[int, int, int]]
    markers: list[tuple[str, int]]
    section: int


# the first word, past emphasis marks, spaces and an opening quotation mark (S/RES/1467 (2003) quotes
# the declaration it adopts: "“Decides to adopt ...")
LEAD_WORD = re.compile(r"[*_ ]*+(?:[“\"‘][*_ ]*+)?([A-Z][\w\-]*)")


def lead(text: str, v: Vocabulary) -> tuple[str | None, str | None]:
    """(kind, lead words) from a paragraph's first words: 'preambular' or 'operative'; (None, None)
    when they lead neither. Never raises."""
    words = LEAD_WORD.match(text)
    if not words:
        return None, None
    first = words.group(1)
    second = text[words.end() :].split(maxsplit=1)[:1]
    adverb = first.endswith("ly") or first.lower() in _adverb_heads(v)
    if adverb and second and second[0][:1].isupper():
        return None, None  # a heading in title case ("Further Measures", S/RES/2140 (2014)), no paragraph
    after = second[0].rstrip(",;:").capitalize() if second and second[0].islower() else ""
    if adverb and (after.endswith("ing") or (after in v.preambular_leads and after not in v.operative_leads)):
        # "Strongly deploring", "Further recalling": an adverb before a participle; "Deeply concerned",
        # "Further convinced": before an adjective that opens a preambular paragraph ("Deeply" alone
        # also opens "Deeply regrets")
        kind = "preambular"
    elif (first in v.operative_leads and not first.endswith("ing")) or (adverb and after in v.operative_leads):
        # "Urgently requests", "Unequivocally condemns": an adverb of no lead's before an operative verb
        kind = "operative"
    elif first in v.preambular_leads or (first.endswith("ing") and first[0].isupper()):
        kind = "preambular"
    else:
        return None, None
    return kind, " ".join(text.split(maxsplit=4)[:4]).lower()


# a mark that may stand before a paragraph's first word, with the spaces after it (not an emphasis mark: "(*Requests*"
# keeps its pair of them, which `lead` reads past); an opening
# bracket is the paragraph's own while the text closes it (`_closed`). An opening quotation mark is not one: a
# quotation of several paragraphs opens each with it and closes only the last ("“Decides to adopt the attached
# declaration ...", S/RES/1467 (2003)), and `lead` and the verbs read past it as the words stand
MARK = re.compile(r"\s*+([(\[{'”’)\]}–—−‐\-.,;:•·▪…])\s*+")
PAIRS = {"(": ")", "[": "]", "{": "}"}


def _closed(text: str, at: int) -> bool:
    """Whether the opening bracket at `at` is closed further on in the text (the depth of its pairs back to 0); a
    straight quotation mark, where another follows. A closing mark, a dash or a stop closes nothing."""
    mark = text[at]
    if mark == "'":
        return mark in text[at + 1 :]
    close = PAIRS.get(mark)
    if close is None:
        return False
    depth = 0
    for ch in text[at:]:
        depth += (ch == mark) - (ch == close)
        if depth == 0:
            return True
    return False


def stray_marks(text: str, v: Vocabulary) -> int:
    """How many characters of stray marks stand before a paragraph's first word, where that word leads a paragraph
    (`lead`): 0 when none. A mark is stray when the text never closes it ("(Requests the Secretary-General to
    report to the Council on 15 February 2024 ... of resolution 2659 (2022);", S/RES/2709 (2023) op 58 (a), whose
    XML opens the item with a "(" of no pair: no verb was read, and the mandate and its three reports were lost), or
    when it closes nothing (a closing bracket or quotation mark, a dash, a stop). At most three marks in a row (each
    bracket's pair is looked for through the whole text: time linear in it)."""
    end = 0
    for _ in range(3):
        m = MARK.match(text, end)
        if m is None or _closed(text, m.start(1)):
            break
        end = m.end()
    return end if end and lead(text[end:], v)[0] else 0


def introduces_items(text: str, v: Vocabulary) -> bool:
    """Whether a preambular paragraph introduces a list of items of the preamble: its first word a preamble's own
    (leads.yaml) and its text ending with a colon ("Noting with satisfaction:" and "(a) That the Economic Commission
    for Europe ...,", E/RES/2025/21 B). A participle of no preamble's heads a task's items in a mandate, no preamble
    ("Monitoring of the arms embargo" and "(m) To monitor the implementation ...", S/RES/1609 (2005) op 2)."""
    words = LEAD_WORD.match(text)
    return words is not None and words.group(1) in v.preambular_leads and text.rstrip().endswith(":")


@lru_cache(maxsize=4)
def _adverb_heads(v: Vocabulary) -> frozenset[str]:
    """The first words of the vocabulary's adverbs, once per vocabulary: `lead` reads every paragraph's first
    word, and the set made again for each was 1% of the extraction time."""
    return frozenset(a.split()[0] for a in v.adverbs)


def _heading(text: str, v: Vocabulary) -> bool:
    """ "Further information on approvals and notifications", "Further exemptions to the arms embargo"
    (S/RES/2607 (2021)): a short unnumbered line without a closing stop, an operative adverb before a
    word that leads no operative paragraph, is a heading, not an operative paragraph."""
    words = text.split(maxsplit=2)
    if len(text) > 100 or text.rstrip()[-1:] in ".;:," or len(words) < 2:
        return False
    return (
        words[0] in v.operative_leads
        and words[0].lower() in v.adverbs
        and words[1].capitalize() not in v.operative_leads
    )


def number_paragraphs(built: Sequence[Built], v: Vocabulary) -> list[Paragraph]:
    """Paragraphs with kinds and repaired operative numbers.

    An operative paragraph without a number between n and n+2 is n+1 (PDF text lost it); one that
    stands alone (an ECOSOC text's single "Recommends ...") is 0.
    """
    paras = []
    for i, b in enumerate(built):
        kind, words = lead(b.text, v)
        k = b.kind
        if k == "other" and kind:
            k = kind
        if k == "operative" and b.number is None and _heading(b.text, v):
            k = "other"
        if k == "preambular" and kind == "operative":
            k = "operative"
        if b.part == "annex" and k in ("operative", "preambular", "other", "subparagraph"):
            k = "annex" if k != "subparagraph" else k
        markers = tuple(dict.fromkeys(m for m, _ in b.markers))
        start = b.pieces[0][1] if b.pieces else 0
        end = b.pieces[-1][1] + b.pieces[-1][2] if b.pieces else 0
        paras.append(Paragraph(i, k, b.part, b.text, Span(start, end), b.number, b.label, b.parent, words, markers))
    _in_preamble(paras)
    ops = [i for i, p in enumerate(paras) if p.kind == "operative"]
    _unnumbered(paras, built, ops)
    for i in ops:
        p = paras[i]
        if p.number is not None:
            continue
        # a number from the same part of the text: a multi-part resolution's parts are each numbered from 1
        # ("Resolves that, for 2020:" opening A/RES/74/264 B is its op 0, not A's last op + 1)
        same = [k for k in ops if paras[k].part == p.part and built[k].section == built[i].section]
        at = same.index(i)
        prev = next((paras[k].number for k in reversed(same[:at]) if paras[k].number is not None), None)
        nxt = next((paras[k].number for k in same[at + 1 :] if paras[k].number is not None), None)
        if (prev is None or nxt != prev + 2) and _alone_under_a_heading(paras, i):
            paras[i] = replace(p, number=0)
        elif prev is not None and (nxt is None or nxt == prev + 2):
            paras[i] = replace(p, number=prev + 1)
        elif prev is None and nxt == 1:
            paras[i] = replace(p, number=0)
        elif prev is None and nxt is not None and nxt > 1:
            paras[i] = replace(p, number=nxt - 1)
        else:
            paras[i] = replace(p, number=0 if prev is None else prev + 1)
    _parents(paras, {i for i in ops if built[i].number is None})
    return paras


def _alone_under_a_heading(paras: list[Paragraph], i: int) -> bool:
    """Whether the unnumbered operative paragraph i is the only paragraph of a section: a heading before it (a
    preambular paragraph or two between), and after it, its items aside, another heading, the end of its part,
    or a paragraph numbered 1 again. A General Assembly budget resolution's section of one paragraph prints no
    number ("XXI Gross jointly financed budget of the Joint Inspection Unit" and "Approves the gross budget
    ...", A/RES/78/253; "C Education grant" and "Decides to defer consideration ...", A/RES/74/255): it is
    op 0, where it was numbered on from the section before (27, 28, ... 33), and its facts with it."""
    part = paras[i].part
    before = next((p for p in reversed(paras[:i]) if p.kind != "preambular" or p.part != part), None)
    if before is None or before.kind != "other" or before.part != part:
        return False
    after = next((p for p in paras[i + 1 :] if p.kind != "subparagraph"), None)
    return after is None or after.part != part or after.kind in ("other", "closing") or after.number == 1


def _unnumbered(paras: list[Paragraph], built: Sequence[Built], ops: list[int]) -> None:
    """The operative paragraphs of a part of the text of which none has a number, two or more of them, are
    1, 2, 3 ...: a resolution numbers its operative paragraphs when it has more than one, and a text that
    shows none lost them ("Decides to extend the mandate of UNAMIS ... until 17 March 2005," and "Decides to
    remain actively seized of the matter.", S/RES/1585 (2005), whose XML has no <num>: read as 0 and 1, every
    fact one paragraph off). A single one stays unnumbered (0). In place."""
    groups: dict[tuple[str, int], list[int]] = {}
    for i in ops:
        groups.setdefault((paras[i].part, built[i].section), []).append(i)
    for group in groups.values():
        if len(group) > 1 and all(paras[i].number is None for i in group):
            for n, i in enumerate(group, 1):
                paras[i] = replace(paras[i], number=n)


def _parents(paras: list[Paragraph], repaired: set[int]) -> None:
    """A sub-paragraph of an operative paragraph whose number was repaired belongs to that paragraph, not to
    the last numbered one the segmenter knew ("Resolves that, for 2020:" and its items "(1) Budget
    appropriations ...", A/RES/74/264 B: op 4's items were op 3's; "Approves the gross jointly financed budget
    of the Department of Safety and Security" and its items "(a) Field Security Operations", section XIX of
    A/RES/79/258). In place."""
    at = None  # the index of the operative paragraph being read
    for k, p in enumerate(paras):
        if p.kind == "operative":
            at = k
        elif p.kind == "subparagraph" and at is not None and at in repaired and paras[at].part == p.part:
            paras[k] = replace(p, parent=paras[at].number)


def _in_preamble(paras: list[Paragraph]) -> None:
    """An unnumbered paragraph that an operative verb opens but that ends with a comma, as the preamble's
    paragraphs do, is one of the preamble's where a preambular paragraph follows it ("Calls upon all parties
    inside Somalia ... to refrain from action that could provoke ... violence," between "Reaffirming" and
    "Taking note", S/RES/1725 (2006); "Expresses grave concern over ongoing hostilities in and around Tripoli
    ...,", S/RES/2486 (2019); "Deeply disappointed at the continued absence of progress ...,", A/RES/74/46),
    or where it closes the preamble, a preambular paragraph before it and operative paragraph 1 after it
    ("Recalls that UNDOF's deployment ... are steps toward a just and durable peace ...,", S/RES/2361 (2017)):
    read as operative it was an op 0 whose mandates the preamble never gave. From the last paragraph back,
    so that two such paragraphs in a row are both the preamble's. In place."""
    led = [i for i, p in enumerate(paras) if p.kind in ("operative", "preambular")]
    for j in range(len(led) - 1, -1, -1):
        p = paras[led[j]]
        if not (p.kind == "operative" and p.number is None and p.text.rstrip()[-1:] == ","):
            continue
        after = paras[led[j + 1]] if j + 1 < len(led) and paras[led[j + 1]].part == p.part else None
        before = paras[led[j - 1]] if j and paras[led[j - 1]].part == p.part else None
        if after is not None and (
            after.kind == "preambular"
            or (after.number is not None and before is not None and before.kind == "preambular")
        ):
            paras[led[j]] = replace(p, kind="preambular")
