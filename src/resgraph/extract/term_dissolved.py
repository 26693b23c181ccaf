"""Bodies dissolved: "Decides further to dissolve the Committee established by paragraph 9 of
resolution 748 (1992)" (S/RES/1506 (2003) op 2; S/RES/1343, 1367, 1448, 1521, 1823, 1940 likewise)
ends the committee's mandate, a term `terminates` of SanctionsCommittee, the vocabulary's id for a
committee of the Council (as the golds read one set up, heldout7 16 op 16), as "to terminate the Committee established
pursuant to paragraph 6 of resolution 661 (1990)" does (S/RES/1483 (2003) op 19); "to dissolve with
immediate effect the Committee established by paragraph 14 of resolution 1572 (2004) and the Group
of Experts established pursuant to paragraph 7 of resolution 1584 (2005)" (S/RES/2283 (2016) op 2)
ends two; "to dissolve with immediate effect the Panel of Experts established by paragraph 11 of
resolution 2374 (2017)" (S/2023/639 op 3) ends PanelOfExperts2374, the panel named by its
resolution. A body of no id is named as written ("the Commission"); "the committee established under resolution 1343 (2001)" in lower case is a committee of
the Council as well (S/RES/1521 (2003) op 1). Only the speaking organ's decision
dissolves ("decides that the said CNRDRE shall be dissolved", a national body, is no term).

Split from terms.py, which finds the terms that a verb of mandates sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.extract import term_endings
from resgraph.extract.term_before import Before
from resgraph.extract.term_panels import PANEL, bodies, named_panel
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

DISSOLVE = re.compile(r"\b[Dd]issolves?\b(?P<when>" + term_endings.WHEN + r")\s+(?P<list>the\s+[^;]+)")
# a committee, panel or group of the Council terminated: "Decides to terminate the Committee established pursuant to
# paragraph 6 of resolution 661 (1990) at the conclusion of the six month period called for in paragraph 16 above"
# (S/RES/1483 (2003) op 19, heldout9), as dissolved (not "terminate the mandate of", "the measures": terms.py's)
TERMINATE = re.compile(
    r"\b[Tt]erminates?\b(?P<when>" + term_endings.WHEN + r")\s+"
    rf"(?P<list>the\s+(?=(?:[Ss]anctions\s+)?(?:{phrases(load().terms['dissolved']['terminated'])})\b)[^;]+)"
)
# where one body of the list ends and the next begins: "the Committee ... and the Group of Experts ..."
NEXT_BODY = re.compile(r",?\s+and\s+(?:of\s+)?(?=the\s+[A-Z])")
# the name of a body with no id: up to what says where it was set up (terms.yaml `dissolved.name_ends`)
NAME = re.compile(
    rf"the\s+(?P<name>[A-Z][^,;()]{{2,80}}?)(?=\s+(?:{phrases(load().terms['dissolved']['name_ends'])})\b|[,;(]|$)"
)
DECIDES = re.compile(r"\b[Dd]ecides?\b|^\s*(?=Dissolves\b)")
COMMITTEE = re.compile(r"the\s+(?:[Ss]anctions\s+)?[Cc]ommittee(?=\s+(?:established|set\s+up|created)\b)")
NOT_HELD = ("state:", "SecretaryGeneral", "Secretariat")


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may dissolve or terminate a body."""
    return "dissolve" in low or "terminate" in low


def terms(
    text: str,
    a: int,
    z: int,
    p: Paragraph,
    b: Block,
    v: Vocabulary,
    actors: Callable[[int, int], list[tuple[str, int, int]]],
    before: Before,
    panel: str | None = None,
) -> list[MandateTerm]:
    """A term `terminates` of each body the clause text[a:z] decides to dissolve, in order; [] when it
    dissolves none, or no directive verb (`before`: the paragraph's text before the clause) decides it."""
    m = DISSOLVE.search(text, a, z) or TERMINATE.search(text, a, z)
    if not m or not DECIDES.search(text, 0, m.start()) or before.recalled(m.start()):
        return []
    until = term_endings.on(m.group("when") + ",")
    out: list[MandateTerm] = []
    starts = [m.start("list")] + [n.end() for n in NEXT_BODY.finditer(text, m.start("list"), z)]
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else z
        of, words = _body(text, s, e, v, actors, panel)
        if of and all(t.of != of for t in out):
            out.append(MandateTerm(p.number or 0, "terminates", of, p.index, b.to_source(a, z), until, None, words))
    return out


def _body(text: str, s: int, e: int, v: Vocabulary, actors, panel: str | None) -> tuple[str | None, str]:
    """The body named at text[s:e] ("the Committee established by ...", "the Panel of Experts ..."):
    the panel of the resolution named, the actor named first, or its name as written."""
    found = PANEL.match(text, s + len("the "))
    if found:
        named = named_panel(text, found.end(), v) or (panel if panel in bodies(v)[2] else None)
        if named:
            return named, found.group(0)
    first = next((x for x in actors(s, e) if x[1] < s + 8 and not x[0].startswith(NOT_HELD)), None)
    if first:
        return first[0], text[first[1] : first[2]]
    committee = COMMITTEE.match(text, s, e)
    if committee:  # "the committee established under resolution 1343 (2001)", not named an actor in lower case
        return "SanctionsCommittee", committee.group(0)
    name = NAME.match(text, s, e)
    return (name.group("name").strip(), name.group("name")) if name else (None, "")
