"""A whole resolution's provisions listed beside the provisions of paragraphs of another: "Decides that
the provisions of resolution 986 (1995), except those contained in paragraphs 4, 11 and 12, and the
provisions of paragraphs 2, 3 and 5 to 13 of resolution 1360 (2001), ... shall remain in force for a
new period of 180 days" (S/RES/1409 (2002) op 1, 1382 (2001), 1447 (2002): the Oil-for-Food renewals)
renews both: S/RES/986(1995) and S/RES/1360(2001)#2,3,5,...,13, as heldout13 reads 1409 op 1. The
paragraphs' resolution may be cited by its number alone ("of 1360 (2001)", S/RES/1382 (2001) op 1).

The measures reader (term_measures) reads a list of paragraphs, or a whole resolution, not one of each:
it gave the first or the second alone. Read once the document's terms are known (as term_refs.py), the
term found joined by the other of the pair.
"""

from __future__ import annotations

import re
from dataclasses import replace

from resgraph.extract import term_measures
from resgraph.models import MandateTerm, Paragraph

_CITED = r"(?:its\s+)?(?:Security\s+Council\s+)?(?:resolution\s+)?(?P<{n}>\d{{3,4}})\s*\((?P<{y}>\d{{4}})\)"
WHOLE_THEN_PARAGRAPHS = re.compile(
    r"\b(?:provisions|measures)\s+(?:of|imposed\s+by|set\s+out\s+in)\s+(?:its\s+|Security\s+Council\s+)?resolution\s+"
    r"(?P<n>\d{3,4})\s*\((?P<y>\d{4})\)"
    # what is kept out of it, or what it is subject to, between commas: ", except those contained in paragraphs 4, 11
    # and 12 and subject to paragraph 15 of resolution 1284 (1999),"
    r"(?:\s*,\s*(?:except|excluding|other\s+than|with\s+the\s+exception\s+of|subject\s+to)\b[^;]{0,200}?)?"
    r",?\s+and\s+the\s+(?:provisions|measures)\s+(?:of|imposed\s+by|set\s+out\s+in|contained\s+in)\s+paragraphs?\s+"
    + term_measures._PARAS
    + r"\s+of\s+"
    + _CITED.format(n="n2", y="y2"),
    re.I,
)


def beside(
    terms: tuple[MandateTerm, ...], paragraphs: tuple[Paragraph, ...], body: str | None
) -> tuple[MandateTerm, ...]:
    """terms, a Council paragraph's extension or ending of one of such a pair (WHOLE_THEN_PARAGRAPHS) joined by
    the other with the same action and time, the whole resolution first; the others as they are."""
    if body != "SC" or not terms:
        return terms
    text_of = {p.index: p.text for p in paragraphs}
    out: list[MandateTerm] = []
    for t in terms:
        pair = _pair(text_of.get(t.paragraph, "")) if t.action in ("extends", "terminates") else []
        ofs = [x for x, _ in pair]
        if t.of not in ofs or any(u.paragraph == t.paragraph and u.of in ofs for u in out):
            out.append(t)
            continue
        # the pair in the text's order, each term as found or made like the one found
        have = {u.of: u for u in terms if u.paragraph == t.paragraph and u.action == t.action}
        out += [have.get(x) or replace(t, of=x, text=words) for x, words in pair]
    return tuple(out)


def _pair(text: str) -> list[tuple[str, str]]:
    """(of, words) of the whole resolution and of the paragraphs listed after it; [] when the text lists
    no such pair."""
    m = WHOLE_THEN_PARAGRAPHS.search(text) if "provisions" in text or "measures" in text else None
    if not m:
        return []
    whole = f"S/RES/{m.group('n')}({m.group('y')})"
    listed = f"S/RES/{m.group('n2')}({m.group('y2')})#{term_measures.paras(m)}"
    return [(whole, text[m.start() : m.end("y") + 1]), (listed, m.group(0))]
