"""Segment a resolution's text into header, paragraphs and footnotes.

One segmenter for every format: the readers normalise to lines or blank-line-separated blocks with
`[^N]` footnote markers. The hard case is PDF text, where a paragraph wraps over many lines and
its number may come after its first line ("Calls upon ... to continue\\n1.\\ncooperating");
paragraphs are then found by their leading participle or verb.
"""

from __future__ import annotations

import re

from resgraph.extract.kinds import introduces_items as introduces
from resgraph.extract.kinds import lead as _lead
from resgraph.extract.kinds import number_paragraphs as _number
from resgraph.extract.kinds import stray_marks
from resgraph.extract.list_items import BARE_SUB, BULLET, BULLET_IN, DOT_ITEM, INFINITIVE, QUOTED, SUB
from resgraph.extract.op_numbers import long_number, undotted_number
from resgraph.extract.paragraph_text import MARKER
from resgraph.extract.paragraph_text import ParagraphBuilder as _Builder
from resgraph.extract.paragraph_text import source_lines as _lines
from resgraph.extract.subparagraphs import leads
from resgraph.models import Block, Footnote, Line, Segments, SourceText, Span
from resgraph.vocab import Vocabulary, load

# an organ's name on the line that opens its text, from organs.yaml (`opener`, else the label)
ORGANS = "|".join(dict.fromkeys(o.opener or re.escape(o.label) for o in load().organs.values()))
# the spaces before the end are read once: "\s*,?\s*$" split a run of them many ways
OPENER = re.compile(rf"^\s*The ({ORGANS})\s*(?:,\s*)?$")
DRAFT_INTRO = re.compile(r"adoption of the following draft (?:resolution|decision)", re.I)
FOOTNOTE = re.compile(r"^\s*\[\^(\w+)\]:\s*(.*)$")
OP_NUM = re.compile(r"^\s*(?:-\s+)?(\d{1,3})\s?\.\s+(?=\S)")
BARE_NUM = re.compile(r"^\s*(?:-\s+)?(\d{1,3})\.\s*$")
ANNEX = re.compile(r"^\s*[“\"‘]?Annex(?:es)?(?:\s+[IVX]+)?\s*$")
# an annex's heading with its title ("Annex A: UNAMID benchmarks ...", "ANNEX 1 - President ...'s Plan",
# "Annex to resolution 1526 (2004)", "Designation Annex"), as Security Council texts carry annexes inside
# the <mainBody>: numbered from 1 again, they took the numbers of the first operative paragraphs
ANNEX_TITLE = re.compile(
    r"^\s*[“\"‘]?(?:(?:[A-Z][a-z]+\s+){1,2}Annex\s*$|(?:Annex|ANNEX)(?:\s+(?:[IVX]{1,4}|[A-H]|\d{1,2}))?"
    r"(?:\s*[:–—-]\s+\S|\s+Article\s+\d|\s+to\s+(?:the\s+present\s+)?resolution(?:\s+\d+\s*\(\d{4}\))?\s*$))"
)
# the last paragraph of a Security Council resolution: a paragraph 1 after it begins an annex
SEIZED = re.compile(r"\bremains?\s+(?:actively\s+)?seized\b", re.I)
CLOSING = re.compile(r"^\s*\d+(?:st|nd|rd|th)\s+(?:plenary\s+)?meeting\b", re.I)
NOISE = re.compile(
    r"^\s*(?:_{3,}|-{3,}|Please recycle.*|\d+/\d+|\d{2}-\d{5}.*|[A-Z]{1,4}(?:/[A-Z0-9.\-]+){2,}(?:\s+\d+/\d+)?"
    r"|Page \d+.*|\d{1,3})\s*$"
)
ENDS_PARAGRAPH = {",", ";", ":", "."}  # the last character, spaces aside, of a paragraph that ends
# PDF text: footnote bodies below a rule at a page's foot, numbered bare ("6 Resolution 217 A (III).")
RULE = re.compile(r"^\s*_{5,}\s*$")
PDF_NOTE = re.compile(r"^\s*(\d{1,3})\s+(?=[A-Z“\"(])(\S.*)$")


def segment(src: SourceText, vocab: Vocabulary | None = None) -> Segments:
    """A text's header, blocks (paragraphs with their map back to the source) and footnotes.

    The header is everything before the opener ("The General Assembly,"); after it each line
    continues the current paragraph or starts a new one (see `_Paragraphs.line`). Never raises:
    a text without an opener starts its body at its first paragraph-like line, and a text
    without any has an empty body."""
    v = vocab or load()
    lines = _lines(src.text)
    opener_at, opener = _opener(lines, v)
    header = tuple(Line(t, Span(start, start + len(t))) for t, start in lines[: max(opener_at, 0)] if t.strip())
    paras = _Paragraphs(v, opener)
    for ln in lines[opener_at + 1 :]:
        paras.line(ln)
    built = [b for b in paras.blocks if not b.empty]
    for b in built:  # "(Requests ...": a mark the text never closes is no part of its words (kinds.stray_marks)
        b.drop_lead(stray_marks(b.text, v))
    paragraphs = _number(built, v)
    out = [Block(p, tuple(b.pieces), tuple(b.markers)) for b, p in zip(built, paragraphs, strict=True)]
    return Segments(src, header, tuple(out), tuple(paras.footnotes), opener, paras.draft_opener)


def _opener(lines: list[tuple[str, int]], v: Vocabulary) -> tuple[int, str | None]:
    """(index of the line before the body, the organ the opener names or None).

    The opener line "The General Assembly,"; without one, the line before the first numbered or
    preambular paragraph (-1: the body starts at the first line). A draft introduction before the
    opener ("... the adoption of the following draft resolution:", TSV rows) makes the organ's
    own text start there and the draft at the opener: the opener then names no organ (None)."""
    opener_at = next((i for i, (t, _) in enumerate(lines) if OPENER.match(t)), None)
    if opener_at is None:
        first = (i - 1 for i, (t, _) in enumerate(lines) if OP_NUM.match(t) or _lead(t, v)[0] == "preambular")
        return next(first, -1), None
    intro = next((i for i in range(opener_at) if DRAFT_INTRO.search(lines[i][0])), None)
    if intro is not None:
        return intro - 1, None
    m = OPENER.match(lines[opener_at][0])
    return opener_at, m.group(1) if m else None


class _Paragraphs:
    """The body's lines into paragraph builders, in order; footnotes apart.

    State: the part being read (main, then draft or annex), the current paragraph, whether a
    blank line came since it, and the last operative number (for sub-paragraphs)."""

    def __init__(self, v: Vocabulary, opener: str | None):
        self.v, self.opener = v, opener
        self.blocks: list[_Builder] = []
        self.footnotes: list[Footnote] = []
        self.part = "main"
        self.draft_opener: str | None = None
        self.expect_draft = False  # the text has introduced a draft: the next opener is the draft's
        self.cur: _Builder | None = None
        self.blank = False
        self.last_op = 0
        self.listing: _Builder | None = None  # the paragraph whose bulleted items are being read
        self.preamble_list: _Builder | None = None  # the last item of a preambular paragraph's list
        self.item = 0  # the number of the last item of a numbered list inside an operative paragraph
        self.notes: int | None = None  # footnote bodies read below the last rule; None outside them
        self.section = 0  # the part of a multi-part resolution (A, B, C: the organ's opener again) being read

    def start(
        self, kind: str, number: int | None = None, label: str | None = None, parent: int | None = None
    ) -> _Builder:
        self.cur = _Builder(kind, self.part, number, label, parent)
        self.cur.section = self.section
        self.blocks.append(self.cur)
        return self.cur

    def line(self, ln: tuple[str, int]) -> None:
        """Read one line: each step takes it or passes it on, the last one always takes it."""
        t = ln[0]
        if not t.strip():
            self.blank = True
            return
        for step in (
            self.pdf_note,
            self.footnote,
            self.part_line,
            self.closing,
            self.numbered,
            self.bare_number,
            self.preamble_item,
            self.sub,
            self.bare_sub,
            self.bullet,
        ):
            if step(ln):
                return
        self.running_text(ln)

    def pdf_note(self, ln: tuple[str, int]) -> bool:
        """Below a rule in PDF text: a footnote body ("6 Resolution 217 A (III).") or the next line
        of the last one (it has not ended with a full stop), until a line that is neither."""
        t = ln[0]
        if RULE.match(t):
            self.notes = 0
            return True
        if self.notes is None:
            return False
        m = PDF_NOTE.match(t)
        if m:
            self.footnotes.append(Footnote(m.group(1), m.group(2).strip(), Span(ln[1], ln[1] + len(t))))
            self.notes += 1
            return True
        last = self.footnotes[-1] if self.notes else None
        if last and not last.text.rstrip().endswith(".") and not OP_NUM.match(t) and not NOISE.match(t):
            self.footnotes[-1] = Footnote(
                last.marker, f"{last.text} {t.strip()}", Span(last.span.start, ln[1] + len(t))
            )
            return True
        self.notes = None
        return False

    def footnote(self, ln: tuple[str, int]) -> bool:
        """`[^N]: text`: a footnote block interrupts, it does not end, the paragraph."""
        fm = FOOTNOTE.match(ln[0])
        if not fm:
            return False
        self.footnotes.append(Footnote(fm.group(1), fm.group(2).strip(), Span(ln[1], ln[1] + len(ln[0]))))
        self.blank = True
        return True

    def part_line(self, ln: tuple[str, int]) -> bool:
        """An opener, an Annex heading or page noise: no paragraph; an opener or Annex starts a part.

        An opener is a draft's that the text recommends to another organ; the same organ's opener
        again starts the next part of a multi-part resolution (A/RES/74/92 A and B), not a draft."""
        t = ln[0]
        om = OPENER.match(t)
        if om:
            if self.expect_draft or (self.part == "main" and om.group(1) != self.opener):
                self.part, self.draft_opener, self.expect_draft = "draft", om.group(1), False
            elif self.part == "main":  # numbered from 1 again: "1." after B's "Resolves that:" is no item
                self.section, self.last_op, self.item = self.section + 1, 0, 0  # of A's last paragraph
            self.cur = None
            return True
        if ANNEX.match(t):
            self.part, self.cur = "annex", None
            return True
        if ANNEX_TITLE.match(t):  # a block of the annex, as its first line
            self.part = "annex"
            self.start("other").add(ln)
            self.blank = False
            return True
        return bool(NOISE.match(t) and not BARE_NUM.match(t))

    def closing(self, ln: tuple[str, int]) -> bool:
        """ "67th plenary meeting, 20 December 2012": a closing block of its own."""
        if not CLOSING.match(ln[0]):
            return False
        self.start("closing").add(ln)
        self.cur = None
        return True

    def numbered(self, ln: tuple[str, int]) -> bool:
        """ "3. Requests ...": an operative paragraph with its number (`op_numbers`: the forms read only after
        the last number)."""
        t, last = ln[0], self.last_op
        m = long_number(t, last) or OP_NUM.match(t) or undotted_number(t, last, self.v)
        if not m:
            return False
        n = int(m.group(1))
        if self.numbered_item(ln, m.end(), n):
            return True
        if n == 1 and self.part == "main" and self.last_op > 1 and self.seized():
            self.part = "annex"  # numbered from 1 again after "Decides to remain seized": an annex
        self.last_op, self.item = n, 0
        first = SUB.match(ln[0][m.end() :])  # "58. (a) Requests ...": see `sub`
        self.start("operative", self.last_op).add(ln, m.end() + (first.end() if first else 0))
        self.blank = False
        return True

    def numbered_item(self, ln: tuple[str, int], at: int, n: int) -> bool:
        """ "1. Resolution of the final status ..." after "towards the following:" (S/RES/2416 (2018) op 6):
        a numbered list's items are the paragraph's sub-paragraphs "(1)", "(2)", not operative paragraphs
        1, 2 again; from a 1 after a colon on by one, unless the paragraph's next number opens a verb."""
        cur = self.cur
        if cur is None or cur.kind not in ("operative", "subparagraph") or not self.last_op:
            return False
        if not (n == 1 and cur.text.rstrip().endswith(":")) and not (self.item and n == self.item + 1):
            return False
        if n == self.last_op + 1 and _lead(ln[0][at:], self.v)[0] == "operative":
            return False
        if cur.kind == "operative" and DOT_ITEM.search(cur.text):
            # "b. from the Secretary-General: i. an update ..., and requests that this assessment is:" and
            # "1. extended to all regions ...", "2. elaborates ...", then "c. from organisations ...": the
            # numbered items are the lettered item's, running text of the paragraph as its letters are
            cur.add(ln)
        else:
            self.start("subparagraph", None, f"({n})", self.last_op).add(ln, at)
        self.item, self.blank = n, False
        return True

    def seized(self) -> bool:
        """Whether the last operative paragraph is the closing "Decides to remain seized of the matter"."""
        last = next((b for b in reversed(self.blocks) if b.kind == "operative"), None)
        return last is not None and bool(SEIZED.search(last.text))

    def bare_number(self, ln: tuple[str, int]) -> bool:
        """ "3." alone on its line (PDF text): the number of the paragraph begun just before it on
        at most two lines, or of the one that follows."""
        m = BARE_NUM.match(ln[0])
        if not m:
            return False
        n, cur = int(m.group(1)), self.cur
        # a paragraph that has ended, a blank line after it, is not the one numbered (S/RES/1292
        # (2000): "..., and urging the parties to cooperate ...,\n\n1.\n\nDecides to extend")
        ended = cur is not None and self.blank and cur.text.rstrip()[-1:] in ENDS_PARAGRAPH
        if (
            cur is not None
            and not ended
            and cur.kind in ("operative", "preambular")
            and cur.number is None
            and cur.lines <= 2
        ):
            cur.kind, cur.number = "operative", n
        else:
            self.start("operative", n)
        self.last_op = n
        self.blank = False
        return True

    def sub(self, ln: tuple[str, int]) -> bool:
        """ "(a) ...": a sub-paragraph of the last operative paragraph, or of the unnumbered operative
        paragraph being read ("Recommends the following ...:" of an ECOSOC text, op 0, and its items)."""
        m = SUB.match(ln[0])
        cur = self.cur
        if m and cur is not None and cur.empty and cur.kind == "operative" and cur.number is not None:
            # "58." and "(a) Requests the Secretary-General to report ...", "(b) Also requests ..." (S/RES/2605
            # (2021) op 58): a list without an introduction, whose first item opens the paragraph: its text,
            # the verb first, else the paragraph had no verb and its reports went to the paragraph before
            cur.add(ln, m.end())
            self.blank = False
            return True
        if not (
            m
            and (cur is None or cur.empty is False)
            and (self.last_op or (cur and cur.kind in ("operative", "subparagraph")))
        ):
            return False
        self.start("subparagraph", None, f"({m.group(1)})", self.last_op).add(ln, m.end())
        self.blank = False
        return True

    def bare_sub(self, ln: tuple[str, int]) -> bool:
        """ "(e)" alone on its line after an operative paragraph: a sub-paragraph whose words the next line
        gives (`running_text` adds a line to an empty paragraph)."""
        m = BARE_SUB.match(ln[0])
        cur = self.cur
        if not (m and (self.last_op or (cur is not None and cur.kind in ("operative", "subparagraph")))):
            return False
        self.start("subparagraph", None, f"({m.group(1)})", self.last_op)
        self.blank = False
        return True

    def preamble_item(self, ln: tuple[str, int]) -> bool:
        """ "(a) That the Economic Commission for Europe ...," after "Noting with satisfaction:" (`kinds.introduces_items`):
        an item of a preambular paragraph's list is a block of the preamble, as in the first one, not a sub-paragraph of
        the last operative paragraph (E/RES/2025/21 B, a part whose preamble follows A's op 6 without the organ's words)."""
        cur = self.cur
        if not (SUB.match(ln[0]) or BARE_SUB.match(ln[0])) or cur is None:
            return False
        if cur is not self.preamble_list and not (cur.kind == "preambular" and introduces(cur.text, self.v)):
            return False
        self.preamble_list, self.blank = self.start("other"), False
        self.preamble_list.add(ln)
        return True

    def bullet(self, ln: tuple[str, int]) -> bool:
        """ "– to support ...", "• steps taken ...": an item of a list without letters, after an operative
        paragraph or sub-paragraph that ends with a colon ("should include:", "notably:") or holds the
        list's first item, or after another such item, is part of that paragraph: its verbs and
        reports are the paragraph's."""
        cur = self.cur
        if not (BULLET.match(ln[0]) and cur is not None and cur.kind in ("operative", "subparagraph")):
            return False
        if self.listing is not cur and not cur.text.rstrip().endswith(":") and not BULLET_IN.search(cur.text):
            return False
        m = BULLET.match(ln[0])
        if m and leads(self.v).match(ln[0], m.end()):
            # "• Calls upon all relevant actors to respect international humanitarian law" among the measures
            # S/RES/2820 (2026) op 7 lists, "– Demands that all parties work to ..." (S/RES/1445 (2002) op 7):
            # an item that opens with a directive verb is a clause of the paragraph's own, its sub-paragraph
            # its label is the bullet as printed (a sub-paragraph is known by its label)
            cur = self.start("subparagraph", None, m.group(0).strip(), self.last_op)
            cur.add(ln, m.end())
        else:
            cur.add(ln)
        self.listing = cur
        self.blank = False
        return True

    def running_text(self, ln: tuple[str, int]) -> None:
        """Any other line continues the current paragraph, unless that one has ended (its last
        character ends a clause) and the line begins a new one: its first word leads a paragraph,
        or a blank line came between and it does not begin in lower case."""
        t, cur = ln[0], self.cur
        if (
            cur is not None
            and cur.kind in ("operative", "subparagraph")
            and (
                ((QUOTED.match(t) or INFINITIVE.match(t)) and cur.text.endswith(":"))
                or (INFINITIVE.match(t) and cur.kind == "subparagraph" and cur.text.endswith(";"))
            )
        ):
            # "... shall be replaced by the following:" and the paragraph it quotes (S/RES/2321 (2016) op 26):
            # the quoted words are the paragraph's, no operative paragraph of their own
            cur.add(ln)
            self.blank = False
            return
        kind, _ = _lead(t, self.v)
        # a list's last item ends without a stop: after it and a blank line, an operative verb opens the next
        # paragraph ("– Ms. Inés Mónica Weinberg de Roca (Argentina)" and "Requests States, to continue ...",
        # S/RES/1684 (2006): the request was op 0's words)
        listed = self.blank and cur is not None and self.listing is cur and kind == "operative"
        ended = cur is None or cur.empty or cur.text.rstrip()[-1:] in ENDS_PARAGRAPH or listed
        # the line ends as a paragraph does, its footnote markers aside (a marker is rare: MARKER tries every position)
        whole = (MARKER.sub("", t) if "[^" in t else t).rstrip()[-1:] in ENDS_PARAGRAPH
        if cur is not None and cur.empty:
            cur.add(ln)
        elif (
            cur is None
            or (
                kind
                and (ended or (self.blank and ((cur.kind == "other" and whole) or cur.kind == kind == "preambular")))
            )
            or (self.blank and ended and not t.lstrip()[:1].islower())
        ):
            # a heading's block ends at a blank line before a paragraph's lead: "II Revised estimates resulting
            # from resolutions ..." and "Having considered the report ..." (A/RES/74/263), "III International
            # Trade Centre" and "Recalling its resolution 74/262," were one block of no paragraph (a whole
            # paragraph after it, its footnote markers aside: "... of the Advisory Committee,[^4]"; not a title's
            # words: "II" and "Capacity-building" stay one heading); so does a preambular paragraph whose closing
            # comma the text lost ("... humanity, impartiality, neutrality, and independence" and "Stressing the
            # need ...", S/RES/2524 (2020): one paragraph)
            self.start(kind or "other").add(ln)
        else:
            cur.add(ln)
        if self.cur is not None and DRAFT_INTRO.search(self.cur.text):
            self.expect_draft = True
        self.blank = False
