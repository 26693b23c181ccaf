"""A term's body read as a name as written that the vocabulary knows: the body a resolution sets up itself,
or one a definite description stands for.

A body set up by the resolution that the vocabulary says set it up is that body, not its description as
written: "Requests the Secretary-General to establish a monitoring mechanism composed of up to five experts,
for a period of six months" (S/RES/1295 (2000) op 3) is MonitoringMechanismAngola (bodies.yaml `established:
S/RES/1295(2000)`), "to establish a panel of experts, for an initial period of four months" (S/RES/1306 (2000)
op 19) PanelOfExperts1306, "to establish an Investigative Team, headed by a Special Adviser" (S/RES/2379 (2017)
op 2) UNITAD, as the gold names a panel "by the resolution that set it up". The description's head noun must
be in the body's label: "a mechanism" of S/RES/1363 (2001) op 3 is not its Monitoring Group, "an international
commission of inquiry" of S/RES/2127 (2013) op 24 not its Panel of Experts.

A definite description the vocabulary reads as one body where nothing else is named ("the monitoring
mechanism", bodies.yaml `default_for`) is that body in a term that extends, ends or authorizes (a body set up
is new, named with "a"): "Decides to extend the mandate of the
monitoring mechanism for a further period of six months" (S/RES/1348 (2001) op 3, 1374, 1404, 1439) is
MonitoringMechanismAngola, as "Requests the monitoring mechanism to report" of the same texts reads; the
aliases are not found there because "for" after a definite description may go on with a longer name ("the
Committee for Programme and Coordination"), which a length of time never does. Only in a text that cites the resolution
the vocabulary says set the body up, where it knows one: a description is a body's by context, and the same words in
another text are another's ("Decides to extend the monitoring mechanism for a period of six months" in a text on
another sanctions regime, which cites no resolution 1295 (2000), stays as written; S/RES/1363 (2001) sets up "the
monitoring mechanism" of the Taliban measures).

Read once the document's terms are known (pipeline.py), as the paragraph's reader knows no symbol.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from resgraph.extract.term_panels import bodies
from resgraph.models import MandateTerm
from resgraph.vocab import Vocabulary

# the head noun of a description: its last word before "of", "on", "for", "in", "to" ("panel of experts")
HEAD = re.compile(r"^(?P<words>.*?)(?:\s+(?:of|on|for|in|to)\s+.*)?$", re.S)
# a name that is an id, the measures of paragraphs or a resolution: not a description
NOT_A_NAME = re.compile(r"^[A-Z][A-Za-z0-9]*$|#|^S/RES/")


def as_known(
    terms: tuple[MandateTerm, ...], own: str | None, v: Vocabulary, cited: Iterable[str] = ()
) -> tuple[MandateTerm, ...]:
    """terms, each of a description the vocabulary knows as a body (see above) of that body's id; the
    others as they are. cited: the symbols the text cites (a definite description is a body's only where the text
    cites the resolution that set it up, when the vocabulary knows it, or is that resolution: `own`)."""
    if not terms:
        return terms
    ids = bodies(v)[0]
    here = _set_up_by(own, v)
    known = frozenset(c.replace(" ", "") for c in (*cited, *((own,) if own else ())))  # its own symbol: it sets up
    out = []
    for t in terms:
        body = None
        if t.of and not NOT_A_NAME.search(t.of):
            body = _own(t.of, here) if t.action == "establishes" else _defined(t.of, v, ids, known)
        out.append(replace(t, of=body) if body else t)
    return tuple(out)


def _set_up_by(own: str | None, v: Vocabulary) -> list[tuple[str, str]]:
    """(id, lower-cased label and aliases) of the bodies the vocabulary says resolution `own` set up."""
    if not own:
        return []
    key = own.replace(" ", "")
    return [
        (a.id, " ".join((a.label or "", *a.aliases)).lower())
        for a in v.actors.values()
        if a.established and a.established.replace(" ", "") == key
    ]


def _own(name: str, here: list[tuple[str, str]]) -> str | None:
    """The one body set up by the document whose label holds the head noun of `name`, else None."""
    words = HEAD.match(name.strip())
    head = words.group("words").split()[-1].lower() if words and words.group("words").split() else ""
    found = [i for i, label in here if head and re.search(rf"\b{re.escape(head)}\b", label)]
    return found[0] if len(found) == 1 else None


def _defined(name: str, v: Vocabulary, ids: frozenset[str], cited: frozenset[str]) -> str | None:
    """The one body of a term's kind that "the <name>" stands for as a definite description (its contextual alias,
    or its default where several share it), else None; None too for a body set up by a resolution (its `established`)
    that the text does not cite (`cited`, symbols without spaces)."""
    alias = "the " + name.strip()
    found, contextual = v.actors_of_alias(alias)
    if not contextual:
        return None
    found = found if len(found) == 1 else v.default_of_alias(alias)
    if len(found) != 1 or found[0] not in ids:
        return None
    set_up = v.actors[found[0]].established
    return found[0] if not set_up or set_up.replace(" ", "") in cited else None
