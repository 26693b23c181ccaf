"""What the text of a paragraph says before a mandate term: whether a directive verb sets it
("Decides to extend", not "Recalls its decision to extend"), whether the part it is in recalls
one, and which body was named last ("extend its mandate").

Split from terms.py, which finds the terms and what they are of.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from resgraph.vocab import Vocabulary

# a term is set by a directive: "Decides to extend", "Requests the Secretary-General to establish",
# "Authorizes", "Extends" (not "Recalls its decision to extend", "Recognizes that the renewed mandate")
DIRECTIVE = re.compile(
    r"\b(?:[Dd]ecides|[Dd]ecide|[Aa]uthori[sz]es|[Ee]xtends|[Rr]enews|[Rr]equests|[Aa]grees|[Tt]erminates|[Ee]stablishes)\b"
)
GENERIC = frozenset(
    {"SpecialProcedures", "ExpertGroup", "SpecialRepresentatives", "PeaceOperations", "CommissionsOfInquiry"}
    | {"UNSystemEntities"}
)
# matched where the last part of the text before a term begins
RECALLED = re.compile(
    r"\s*(?:\w+\s+){0,2}(?:[Rr]ecalls|[Rr]eaffirms|[Rr]ecognizes|[Nn]otes|[Ww]elcomes|[Cc]ommends|[Ss]tresses|[Uu]nderlines|[Ee]mphasizes)\b"
)
# where a part of a paragraph begins for RECALLED: after ";", ",", ", and" or "and" before a directive ("Recalls
# paragraph 22 of resolution 2628 (2022), ..., and further extends its authorisations until", "... reaffirms the
# authorization ... and decides to extend", "..., and in this regard decides to extend"; the lookahead's end is
# kept: in the text before a term, the directive must be there too; an adverb in -ly may stand before the directive:
# "recalls paragraphs 22, 23, 24 and 26 and exceptionally extends its authorisations until 30 June 2023", S/RES/2670
# (2022) op 1 (a), "..., and accordingly decides")
# (without a comma, a part starts at a run's first space, the lookbehind: a search tried the run from each of its
# spaces, quadratic; a match ends at a word, so a search after one never starts in the run before it)
PART_AFTER = re.compile(
    r"(?:,\s+and|,|(?<!\s)\s++and)\s+(?=(?P<next>(?:further\s+|also\s+|in\s+th(?:is|at)\s+regard\s+|[a-z]+ly\s+)?"
    r"(?:[Dd]ecides|[Rr]equests|[Aa]uthori[sz]es|[Ee]xtends|[Rr]enews)\b))"
)
LONGEST_DIRECTIVE = 16  # characters, "Establishes" and its boundary with room


class Before:
    """What the text of a paragraph before a place says, for each clause's term: whether a directive
    verb comes before it, whether the part it is in recalls one, which body was named last. Found
    once for the paragraph, when first asked, and read by bisection: searching text[:x] again for
    every clause was quadratic in a paragraph of many clauses."""

    def __init__(self, text: str, governed: bool = False, body: str | None = None, lead: str | None = None):
        self.text = text
        self.body = body  # the mission the document is about, for "the present mandate" when none is named
        # the one resolution an item's lead names, for the paragraphs the item names with none ("Reaffirms its
        # decisions in resolution 2628 (2022) except as follows: (a) recalls paragraphs 22, 23, 24 and 26 and ...")
        self.lead = lead
        self.governed = governed  # a sub-paragraph of a paragraph that decides: a directive before it all
        self._parts: tuple[list[int], list[int], list[int]] | None = None
        self._first: re.Match | None | bool = False  # False: not searched yet
        self._bodies: tuple[list[int], list[tuple[str, int, int]]] | None = None

    def directive(self, x: int) -> bool:
        """DIRECTIVE.search(text, 0, x): the paragraph's first directive, or one that x cuts."""
        if self.governed:
            return True
        if self._first is False:
            self._first = DIRECTIVE.search(self.text)
        first = self._first
        if isinstance(first, re.Match) and first.end() <= x:
            return True
        return bool(DIRECTIVE.search(self.text, max(0, x - LONGEST_DIRECTIVE), x))

    def recalled(self, x: int) -> bool:
        """The clause recalls or notes a term set before ("Recalls its decision ... to extend"):
        the last part of text[:x] opens with such a verb."""
        if self._parts is None:
            parts = [(m.end(), m.end("next")) for m in PART_AFTER.finditer(self.text)]
            semicolons = [m.start() for m in re.finditer(";", self.text)]
            self._parts = (semicolons, [s for s, _ in parts], [n for _, n in parts])  # needs: increasing
        semicolons, part_starts, part_needs = self._parts
        i = bisect.bisect_left(semicolons, x) - 1
        start = semicolons[i] + 1 if i >= 0 else 0
        j = bisect.bisect_right(part_needs, x) - 1
        if j >= 0:
            start = max(start, part_starts[j])
        return bool(RECALLED.match(self.text, start, x))

    def last_body(self, x: int, actors, v: Vocabulary, speaker: str | None) -> tuple[str, int, int] | None:
        """The last body named before x ("extend its mandate"): read from the paragraph's actors,
        found once (their names are settled apart, so those ending by x are a prefix of them)."""
        if self._bodies is None:
            found = [a for a in actors(0, len(self.text)) if is_body(a[0], v, speaker) and a[0] not in GENERIC]
            self._bodies = ([a[2] for a in found], found)
        ends, found = self._bodies
        i = bisect.bisect_right(ends, x)
        return found[i - 1] if i else None


def is_body(actor: str, v: Vocabulary, speaker: str | None) -> bool:
    """Whether an actor can have a mandate term: not a State, the organ that speaks, the
    Secretary-General, the Secretariat or a sanctions committee named generically."""
    if actor.startswith("state:"):
        return False
    o = v.organs.get(speaker or "")
    if o and actor == o.actor:
        return False
    return actor not in ("SecretaryGeneral", "Secretariat", "SanctionsCommittee")


# an item's label and first word: "(a) recalls", "(ii) extends", "a) it establishes"
ITEM_OPENING = re.compile(r"\s*(?:\(?[a-z]{1,5}\)|[a-z]{1,5}\.)?\s*([A-Za-z]+)")


def organ_speaks(lead: str, item: str, v: Vocabulary) -> bool:
    """Whether an item its paragraph's verb does not govern is the speaking organ's own act: its lead leaves the
    organ the subject of the item's verb ("Reaffirms its decisions in resolution 2628 (2022) except as follows:
    (a) recalls paragraphs 22, 23, 24 and 26 and exceptionally extends its authorisations", S/RES/2670 (2022) op 1),
    ending in terms.yaml own_item.endings and naming no other subject (no `subjects`: not "Welcomes the communiqué of
    the African Union ..., which: (a) extends the mandate of AMISOM"), and the item opens with an operative verb
    (leads.yaml `operative`; not "(b) it establishes a commission" under "the following steps taken by the Government
    of Mali:"). In an operative paragraph the verb is the organ's as it opens the paragraph; in an item the lead
    decides whose it is."""
    m = ITEM_OPENING.match(item)
    return m is not None and m.group(1).capitalize() in v.operative_leads and _leaves_organ(lead, v)


@lru_cache(maxsize=4)
def _leaves_organ(lead: str, v: Vocabulary) -> bool:
    """The lead ends in an own_item ending before its colon and names no other subject (cached: a lead's items ask
    in turn, and reading the lead for each was quadratic under a long lead)."""
    endings, subjects = _own_item(v)
    head = lead.rstrip()
    if not head.endswith(":"):
        return False
    head = head[:-1].rstrip().lower()
    if not any(head.endswith(e) and (len(head) == len(e) or not head[-len(e) - 1].isalnum()) for e in endings):
        return False
    return not subjects.search(head)


@lru_cache(maxsize=4)
def _own_item(v: Vocabulary) -> tuple[tuple[str, ...], re.Pattern]:
    """terms.yaml own_item: the lead endings, and the words naming another subject as one pattern."""
    own = v.terms.get("own_item") or {}
    words = sorted(own.get("subjects") or (), key=lambda w: (-len(w), w))
    subjects = re.compile(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b" if words else r"(?!)")
    return tuple(e.lower() for e in own.get("endings") or ()), subjects
