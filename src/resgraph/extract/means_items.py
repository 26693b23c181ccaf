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

Not read: the points under a head that asks someone ("Urges States ... by, inter alia: (d) Encouraging conditions",
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

Hit = tuple[int, int, str, bool]  # (start, end, verb id, a noun?), as directives.find gives

# the head lists its means: "..., including, inter alia, by:", "... strengthen its fulfilment by:"
MEANS_HEAD = re.compile(r"\bby\s*:\s*$")


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

    def after(self, p: Paragraph, text: str, asked_none: bool) -> None:
        """Take note of paragraph p once it is read (text, its text; asked_none: no mandate was read in it)."""
        if p.kind == "operative":
            self.head, self.resume = (p.index if asked_none and MEANS_HEAD.search(text) else -1), ""

    def points(self, p: Paragraph, text: str, v: Vocabulary, parent: int, found: bool) -> list[Hit]:
        """The gerunds of point p (text, its text; parent, the index of its paragraph) whose own verbs found none;
        read before p's mandates, for every paragraph."""
        if p.kind != "subparagraph" or parent != self.head:
            return []
        nested = bool(self.resume) and (p.label or "") != self.resume
        if not nested:
            self.resume = _next_label(p.label or "") if text.rstrip().endswith(":") else ""
        return [] if nested or found else hits(text, v)


def _next_label(label: str) -> str:
    """The letter label after label: "(b)" -> "(c)", "b." -> "c."; "" for none (a point no letter labels)."""
    m = re.fullmatch(r"(\(?)([a-z])([).])", label.strip())
    return f"{m.group(1)}{chr(ord(m.group(2)) + 1)}{m.group(3)}" if m and m.group(2) != "z" else ""


def hits(text: str, v: Vocabulary) -> list[Hit]:
    """The directive gerunds of a point under a means head (see the module's docstring), as directives.find's hits."""
    rx, verbs = _gerunds(v)
    out: list[Hit] = []
    for m in rx.finditer(text):
        verb = verbs.get(" ".join(m.group("verb").lower().split()))
        if verb:
            out.append((m.start("verb"), m.end("verb"), verb, False))
    return out
