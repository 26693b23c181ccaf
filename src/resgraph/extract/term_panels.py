"""Which panel, monitoring team or committee of the Council a text names: "the Panel of Experts as set
out in paragraph 21 of resolution 2140 (2014)" is PanelOfExperts2140 (ontology/vocab/bodies.yaml,
by the resolutions that set it up or renewed it); "the Panel" named with no resolution is the panel
the document is about, the one whose resolutions hold the document's own number.

Split from terms.py, which finds the terms; read by the mandates' addressees and the reports' parties.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.vocab import Vocabulary

PANEL = re.compile(
    r"\b(?:Panel\s+of\s+Experts|Group\s+of\s+[Ee]xperts|Panel|(?:Analytical\s+Support\s+and\s+Sanctions\s+)?Monitoring\s+(?:Team|Group))\b"
)
PANEL_ANY_CASE = re.compile(PANEL.pattern, re.I)

# the kinds of bodies.yaml, whose mandates run for a time; actors.yaml kinds (armed-group, force,
# group ...) name who acts, not a mandate that can be extended or ended
TERM_KINDS = frozenset(
    (
        "peace-operation",
        "political-mission",
        "office",
        "panel",
        "monitoring-team",
        "mechanism",
        "authorized-force",
        "commission",
    )
)


@lru_cache(maxsize=4)
def bodies(v: Vocabulary) -> tuple[frozenset[str], dict[str, str], frozenset[str]]:
    """Ids of the bodies a term can be of (peace operations, panels, offices, mechanisms), the
    panel id of each establishing resolution number, and the panels' ids."""
    kinds = ("panel", "monitoring-team")
    panels = {str(n): a.id for a in v.actors.values() if a.kind in kinds for n in a.resolutions}
    return v.ids_of_kinds(*TERM_KINDS), panels, v.ids_of_kinds(*kinds)


def named_panel(text: str, at: int, v: Vocabulary) -> str | None:
    """The panel named just before text[at:]: by the first resolution number after it."""
    m = re.search(r"\bresolutions?\s+(\d{3,4})", text[at : min(len(text), at + 160)])
    return bodies(v)[1].get(m.group(1)) if m else None


# a cited resolution's number ("resolution 2662 (2022)", "resolutions 1425 (2002) and 2093 (2013)": the first)
CITED_NUMBER = re.compile(r"\bresolutions?\s+(\d{3,4})\b")
# a generic reference to a panel, "the Panel of Experts", "the Monitoring Group", "the Panel": not a proper name that
# holds the word ("the African Union High-Level Panel on Sudan", S/RES/2736 (2024); "the Senior Appointments Panel",
# S/RES/1806 (2008)), nor another organ's body ("the Working Group of Experts on People of African Descent")
GENERIC_PANEL = re.compile(
    r"\bthe\s+(?:Panel\s+of\s+Experts|Group\s+of\s+Experts|Panel|(?:Analytical\s+Support\s+and\s+Sanctions\s+)?"
    r"Monitoring\s+(?:Team|Group))\b"
)


def document_panel(texts: list[str], v: Vocabulary, own: str | None = None) -> str | None:
    """The panel or monitoring team a document is about: the one whose resolutions (bodies.yaml) hold
    the document's own number `own` (a Council resolution that sets it up again or renews it, which
    may name an earlier panel first: "drawing on the expertise of the members of the Panel of Experts
    established pursuant to resolution 1306 (2000)", S/RES/1343 (2001) op 19), else the first one it
    names with the resolution that set it up ("the Panel of Experts established pursuant to resolution
    1973"), else, for a Council text that names "the Panel of Experts" with no resolution after it, the
    panel of the resolution it cites nearest that name (recited_panel)."""
    panels = bodies(v)[1]
    number = re.match(r"S/RES/(\d+)", own or "")
    # (its words in any case where the document is one of its resolutions: "to establish a panel of experts",
    # S/RES/1306 (2000) op 19, which sets up PanelOfExperts1306)
    if number and number.group(1) in panels and any(PANEL_ANY_CASE.search(t) for t in texts):
        return panels[number.group(1)]
    for t in texts:
        if "Panel" in t or "Experts" in t or "Monitoring" in t:
            for m in PANEL.finditer(t):
                body = named_panel(t, m.end(), v)
                if body:
                    return body
    # (a Council text only, as the numbers are the Council's: the Human Rights Council's "Working Group of Experts on
    # People of African Descent" is no Council panel)
    return recited_panel(texts, panels) if (own or "").startswith("S/") else None


def recited_panel(texts: list[str], panels: dict[str, str]) -> str | None:
    """The panel of a renewal that names "the Panel of Experts" with no resolution of its own, nor is listed: the
    panel of the resolution cited nearest a generic mention of it in one paragraph ("Recalls paragraph 44 of
    resolution 2662 (2022), decides to renew the mandate of the Panel of Experts until 31 December 2023", S/RES/2711
    (2023) op 3, heldout39 03: the Panel of Experts on Somalia, PanelOfExperts2444, whose resolutions hold 2662), else
    the panel of the highest number cited, the latest: not the first cited, as the Somalia texts recite the Monitoring
    Group's resolutions (1425 (2002), 2093 (2013): MonitoringGroup1519) before the panel that followed it."""
    nearest: tuple[int, str] | None = None
    highest, mentioned = 0, False
    for t in texts:
        cited = [(m.start(), m.group(1)) for m in CITED_NUMBER.finditer(t) if m.group(1) in panels]
        mentions = [m.start() for m in GENERIC_PANEL.finditer(t)]
        mentioned = mentioned or bool(mentions)
        highest = max(highest, *(int(n) for _, n in cited)) if cited else highest
        for at in mentions if cited else ():
            near = min((abs(c - at), n) for c, n in cited)
            nearest = near if nearest is None or near[0] < nearest[0] else nearest
    if nearest is not None:
        return panels[nearest[1]]
    return panels[str(highest)] if mentioned and highest else None


# a body's acronym, as the texts name a mission most often ("UNIFIL", "MINURSO")
# ("[A-Z](?<!\w[A-Z])" is "\b[A-Z]": a pattern that starts with a class of characters, which re looks for without
# trying the whole pattern at every position of every paragraph)
ACRONYM_WORD = re.compile(r"[A-Z](?<!\w[A-Z])[A-Z-]{2,}[A-Z]\b")
MISSION_KINDS = frozenset(("peace-operation", "political-mission", "office", "authorized-force"))


@lru_cache(maxsize=4)
def _missions(v: Vocabulary) -> dict[str, str]:
    """The missions' acronyms (their upper-case aliases) to their ids."""
    kinds = MISSION_KINDS
    return {
        x: a.id for a in v.actors.values() if a.kind in kinds for x in (a.id, *a.aliases) if ACRONYM_WORD.fullmatch(x)
    }


def document_body(texts: list[str], v: Vocabulary) -> str | None:
    """The mission a document is about: the one its texts name most by acronym (at least three times, or twice
    when no other mission is named: a short text, S/RES/1942 (2010), whose "those additional capacities" are
    UNOCI's), the first named on a tie; None when none is named so often. It is what "Decides to extend the
    present mandate until 31 July 2003" extends when the paragraph names none (UNIFIL's renewals of
    2003-2006)."""
    acronyms = _missions(v)
    counts: dict[str, int] = {}
    for t in texts:
        for m in ACRONYM_WORD.finditer(t):
            body = acronyms.get(m.group(0))
            if body:
                counts[body] = counts.get(body, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and (best[1] >= 3 or (best[1] == 2 and len(counts) == 1)) else None


# words naming a panel, which the vocabulary reads as the generic SanctionsCommittee (the one pattern
# for the terms, the reports' parties and the sub-paragraphs)
PANEL_WORDS = re.compile(r"\b(?:Panel|Group\s+of\s+[Ee]xperts|Monitoring\s+(?:Team|Group))\b")
BETWEEN = re.compile(r"\b(?:between|among|amongst)\b")
# the panel's words in lower case as the whole window, a typist's slip: "requests the panel to further investigate"
# (S/RES/2725 (2024) op 3, a text renewing the Panel of Experts on the Sudan), "further requests the group of experts to
# coordinate its activities" (S/RES/1946 (2010) op 15); not inside a longer phrase ("a panel discussion")
LOWER_PANEL = re.compile(r"the\s+(?:panel(?:\s+of\s+experts)?|group\s+of\s+experts|monitoring\s+(?:team|group))")


def names_panel(window: str) -> bool:
    """Whether a window that names no actor names the document's panel as who is asked: its words, not
    after "between" ("encourages timely information exchange between UNMISS and the Panel of Experts",
    S/RES/2633 (2022) op 22 and 26 twins: an activity between the two, asked of no one), or its words in
    lower case as the whole window (LOWER_PANEL)."""
    if LOWER_PANEL.fullmatch(window.strip()):
        return True
    m = PANEL_WORDS.search(window)
    return m is not None and not BETWEEN.search(window, 0, m.start())


def as_panel(names: tuple[str, ...], window: str, panel: str | None) -> tuple[str, ...]:
    """names, with the sanctions committee that a window's "Panel of Experts" stands for (the
    vocabulary's generic alias) made the document's panel."""
    if not panel or "SanctionsCommittee" not in names or not PANEL_WORDS.search(window):
        return names
    if re.search(r"\bCommittee\b", PANEL_WORDS.sub("", window)):
        return tuple(dict.fromkeys((*names, panel)))
    return tuple(panel if n == "SanctionsCommittee" else n for n in names)


# "the Panel" among others asked ("Requests the GFRS, UNODC and the Panel to", S/RES/2713 (2023) op 11): the
# panel the document is about, not one of another name ("the Panel of Experts on ...") nor an owner's
BARE_PANEL = re.compile(r"\bthe\s+(?:Panel|Monitoring\s+(?:Team|Group))\b(?!['’]|\s+(?:of|on|for|established)\b)")


def with_panel(names: tuple[str, ...], window: str, panel: str | None, verb: str) -> tuple[str, ...]:
    """names (as_panel's), with the document's panel where the window names it bare beside others (a decision's
    subject is read in mandates.py: "Decides that the Panel shall", PANEL_SUBJECT); the window a list's item too
    ("requests:\n(a) the Panel and UNODC to continue", subparagraphs.list_item)."""
    names = tuple(dict.fromkeys(as_panel(names, window, panel)))
    if not (panel and names) or verb == "decides" or panel in names or not BARE_PANEL.search(window):
        return names
    return (*names, panel)
