"""The organ's own directive gerunds in the lettered points of a paragraph that asks no one and lists the means of
its own act: "5. Expresses its determination to take appropriate steps in order to ensure the safety and security of
humanitarian personnel ..., including, inter alia, by: (a) Requesting the Secretary-General to seek ...; (b)
Encouraging the Secretary-General ... to bring to the attention of the Security Council ...; (c) Issuing the
declaration of exceptional risk ..., and inviting the Secretary-General to advise the Council" (S/RES/1502 (2003) op 5,
the heldout37 gold: requests, encourages, invites, each of its addressees; the same words in S/RES/2175 (2014) op 6),
"1. Reaffirms ... the need to strengthen its fulfilment by: (a) Requesting the Peacebuilding Commission to establish
...; (g) Requesting the Peacebuilding Commission to continue ..., and also requesting the Commission to report back"
(S/RES/2805 (2025) op 1, the heldout21 gold: one request per gerund). The head's verb is no directive, so the gerunds
that open its points, or follow "and" in them, are the requests the text makes, each naming whom it asks.

Not read: a head whose act is another's, praised or noted, not the organ's own (mandates.yaml `own_means`: "Welcomes
the efforts of the Secretary-General to strengthen the protection of civilians, including by: (a) Encouraging Member
States ...", "Commends the Peacebuilding Commission for its work ..., including by:": that actor's means); the lettered
points of an annex or after any other block; the points under a head that asks someone ("Urges States ... by, inter alia: (d) Encouraging conditions",
"Urges Member States ... by: (b) Encouraging Member States to consider": the addressee's means, heldout15 29 op 6,
heldout32 23 op 2); a gerund that names no actor ("Recognizes the importance of United Nations Policing by: (c)
Encouraging the inclusion of ...", S/RES/2382 (2017) op 10: mandates.py drops a gerund with no addressee); a gerund
of a point's own list, after no "and" ("(b) Requesting the Commission ... to support Member States ... by: i.
Assisting ...; ii. Inviting international financial institutions", the Commission's means); a head that ends in no
"by:".
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.models import Paragraph
from resgraph.vocab import Vocabulary
from resgraph.wordsearch import phrases

Hit = tuple[int, int, str, bool]  # (start, end, verb id, a noun?), as directives.find gives

# the head lists its means: "..., including, inter alia, by:", "... strengthen its fulfilment by:"
MEANS_HEAD = re.compile(r"\bby\s*:\s*$")


@lru_cache(maxsize=4)
def _own_act(v: Vocabulary) -> re.Pattern[str]:
    """The words of a head that make its act the organ's own (mandates.yaml `own_means`: "Expresses its determination
    to", "reaffirms the need to strengthen its fulfilment"), not another's act it praises or notes ("Welcomes the
    efforts of the Secretary-General ..., including by:": the Secretary-General's means, no mandate of the organ)."""
    return re.compile(rf"\b(?:{phrases(v.mandates.get('own_means') or ())})\b", re.I)


@lru_cache(maxsize=4)
def _gerunds(v: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """(the pattern of a gerund of verbs.yaml `participles` that opens a point, after "Also" or "Further", or that
    follows "and" in it; {the gerund, lower case, one space between its words: the verb})."""
    forms = sorted(
        ((f, k) for k, d in v.verbs.items() for f in d.get("participles") or ()), key=lambda x: (-len(x[0]), x[0])
    )
    alt = "|".join(r"\s+".join(map(re.escape, f.split())) for f, _ in forms) or "(?!)"
    rx = re.compile(
        # (possessive, and a run of spaces read from its first: a search tried the run from each space, quadratic)
        rf"(?:^\s*(?:(?:also|further)\s+)?|(?:,\s*+|(?<![\s,])\s++)and\s++(?:(?:also|further)\s++)?)(?P<verb>{alt})\b",
        re.I,
    )
    return rx, {f: k for f, k in forms}


class Means:
    """Which points are read here, as mandates.extract walks the paragraphs: those of the last operative paragraph
    when it asks no one and ends by announcing the means of its act ("... by:"), not those nested under one of its
    points that announces a list of its own ("(b) Requesting the Peacebuilding Commission ... to strengthen their
    national peacebuilding ... efforts by: (i) Assisting Member States ...; (ii) Inviting international financial
    institutions ... to engage", A/RES/80/11 op 1, the Assembly's twin of S/RES/2805 op 1, where the gold reads the
    Commission's means, no invitation of the Council's), up to the point lettered after it ("(c)")."""

    def __init__(self) -> None:
        self.head = -1  # the index of the paragraph whose points are read, -1 for none
        self.resume = ""  # the label after a point that announces a list of its own, "" for none
        self.inner = ""  # the label of the last point of that list, "" before its first

    def after(self, p: Paragraph, text: str, asked_none: bool, v: Vocabulary) -> None:
        """Take note of paragraph p once it is read (text, its text; asked_none: no mandate was read in it)."""
        if p.kind == "operative" and p.part in ("main", "draft"):
            own = asked_none and MEANS_HEAD.search(text) and _own_act(v).search(text)
            self.head, self.resume, self.inner = (p.index if own else -1), "", ""

    def points(self, p: Paragraph, text: str, v: Vocabulary, parent: int, found: bool) -> list[Hit]:
        """The gerunds of point p (text, its text; parent, the index of its paragraph) whose own verbs found none;
        read before p's mandates, for every paragraph. Any other block ends the head's points: an annex's or a
        heading's lettered points are not its means."""
        if p.kind != "subparagraph" or p.part not in ("main", "draft"):
            self.head = -1 if p.kind != "subparagraph" else self.head
            return []
        if parent != self.head:
            return []
        label = (p.label or "").strip()
        # the list's first point, whatever its label ("(h) ... by:" then a roman "(i)"), and those after it up to
        # the next point's label, unless that label goes on the list ("(i)", "(ii)", ... "(i)" again is the point's)
        nested = bool(self.resume) and (not self.inner or label != self.resume or label == _next_roman(self.inner))
        if nested:
            self.inner = label
        else:
            self.resume = _next_label(label) if text.rstrip().endswith(":") else ""
            self.inner = ""
        return [] if nested or found else hits(text, v)


def _next_label(label: str) -> str:
    """The label after label: "(b)" -> "(c)", "b." -> "c.", "(A)" -> "(B)", "1." -> "2."; "" for none."""
    m = re.fullmatch(r"(\(?)([a-yA-Y]|\d+)([).])", label.strip())
    if not m:
        return ""
    n = m.group(2)
    return f"{m.group(1)}{int(n) + 1 if n.isdigit() else chr(ord(n) + 1)}{m.group(3)}"


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def _next_roman(label: str) -> str:
    """The roman label after label: "(i)" -> "(ii)", "iv." -> "v."; "" for none (a label no roman numeral)."""
    m = re.fullmatch(r"(\(?)([ivx]+)([).])", label.strip())
    if not m or m.group(2) not in _ROMAN[:-1]:
        return ""
    return f"{m.group(1)}{_ROMAN[_ROMAN.index(m.group(2)) + 1]}{m.group(3)}"


def hits(text: str, v: Vocabulary) -> list[Hit]:
    """The directive gerunds of a point under a means head (see the module's docstring), as directives.find's hits."""
    rx, verbs = _gerunds(v)
    out: list[Hit] = []
    for m in rx.finditer(text):
        verb = verbs.get(" ".join(m.group("verb").lower().split()))
        if verb:
            out.append((m.start("verb"), m.end("verb"), verb, False))
    return out
