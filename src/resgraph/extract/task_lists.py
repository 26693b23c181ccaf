"""Whose tasks a paragraph's sub-paragraphs list, for the reports among them.

"Decides that the mandate of MINUSMA shall focus on the following priority tasks: ... (c)(v) To
monitor, help investigate and report to the Council", "Decides that UNMIL shall have the following
mandate:", "Requests the Secretary-General ... to re-establish ... the Monitoring Group ..., with
the following mandate: ... (h) to provide to the Council ... a mid-term briefing": a report asked
among a body's tasks is the body's, not the deciding organ's nor that of whom the paragraph
requests to set the body up.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from resgraph.extract.terms import PANEL_WORDS, TERM_KINDS
from resgraph.models import MandateTerm
from resgraph.vocab import Vocabulary

# the paragraph ends by announcing a list of tasks: "the following (immediate priority) tasks:", "the
# following mandate:", "to undertake to following tasks:", "the mandate of MINUSMA shall be the following:"
TASKS_COLON = re.compile(
    r"(?:\bfollowing\s+(?:[\w-]+\s+){0,3}?(?:mandate|tasks|functions|responsibilities)\b[^:;]{0,120}"
    r"|\bmandate\b[^:;]{0,120}\b(?:the\s+following|as\s+follows))\s*:\s*$",
    re.I,
)
# what names an actor beside the one whose tasks follow: "under the direction of the Committee"
ADJUNCT = re.compile(
    r"\b(?:direction\s+of|consultation\s+with|cooperation\s+with|coordination\s+with|support\s+of|"
    r"behalf\s+of|guidance\s+of|authority\s+of|through|by)\s+(?:the\s+|its\s+)?$",
    re.I,
)
MANDATE_OF = re.compile(r"\bmandate\s+of\s+(?:the\s+)?$")
# the kinds of actors with tasks of their own (terms.TERM_KINDS: missions, panels, offices, and committees)
TASKED_KINDS = (*TERM_KINDS, "committee")


def owner(
    text: str,
    op_terms: Sequence[MandateTerm],
    actors: Callable[[int, int], list[tuple[str, int, int]]],
    v: Vocabulary,
    panel: str | None = None,
) -> str | None:
    """The body whose tasks the sub-paragraphs after text (an operative paragraph ending in a colon)
    list: the body the paragraph extends or sets up, else the last actor it names before the list if
    that is a body; None when the paragraph lists no tasks. actors(a, b): the actors named in
    text[a:b] (id, start, end); panel: the panel the document is about, which "a Panel of Experts"
    named with no resolution is (the vocabulary reads the words as a sanctions committee)."""
    m = TASKS_COLON.search(text)
    if not m:
        return None

    def is_body(actor: str) -> bool:
        a = v.actors.get(actor)
        return bool(a and a.kind in TASKED_KINDS)

    for t in op_terms:
        if t.action in ("extends", "establishes") and is_body(t.of):
            return t.of
    # the last actor named before the list, if a body: "the mandate of MINUSMA shall focus on the
    # following priority tasks"; not one named earlier ("a High Representative ..., autonomous from
    # UNOCI, ..., without prejudice to the responsibilities of the Special Representative ... and
    # with the following mandate": the High Representative's, who has no id)
    # (not one an adjunct names: "a group of up to eight experts (“Panel of Experts”), under the
    # direction of the Committee to carry out the following tasks")
    found = [a for a in actors(0, m.start()) if not ADJUNCT.search(text, max(0, a[1] - 40), a[1])]
    if not found or not is_body(found[-1][0]):
        return None
    who, s, e = found[-1]
    if PANEL_WORDS.search(text, s, e):
        # "the mandate of the Panel of Experts shall include the following tasks": the document's
        # panel; not a panel the paragraph describes ("drawing ... on the expertise of the members of
        # the Panel of Experts established pursuant to resolution 1306 (2000), with the following mandate")
        return panel if MANDATE_OF.search(text, max(0, s - 20), s) else None
    return who
