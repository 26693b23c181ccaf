"""The authorities of the State a text is about, named by a definite description of their kind: "calls upon the
national authorities to expedite the review of Guinea-Bissau's Constitution" (heldout12 S/RES/2343 (2017) op 9:
state:GNB), "urges the relevant authorities to conduct transparent, independent, impartial investigations" (heldout5
A/RES/76/178 op 19, on Iran: state:IRN). The vocabulary reads "national authorities", "relevant authorities" as
NationalAuthorities, every State's; with "the" before them (countries.yaml `states.subject_authorities`), or bare as
an item of a list of addressees ("including relevant authorities", `subject_authorities_listed`), and no State
after them ("the relevant authorities of both Sudan and South Sudan" are read by the names), they are the authorities
of the one State the text is about: the State its title names ("Situation of human rights in the Islamic Republic of
Iran"), or, for a text with no title (the Council's), the State its operative paragraphs name most, in a good share of
them. A text about no one State keeps NationalAuthorities: "Urges the appropriate authorities to provide age-appropriate
education" (the Assembly's culture of peace, whose preamble names the host of a forum: not the State asked).

A step after mandates.extract (pipeline.py), over the mandates it read; it raises nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from resgraph.extract.addressees import actors_in
from resgraph.extract.named import _Named
from resgraph.models import Mandate, Paragraph
from resgraph.vocab import STATE, Vocabulary

NATIONAL = "NationalAuthorities"
# a text with no title is about the State named in most of its operative paragraphs, when that State is named in at
# least this share of them and in at least two, and more often than any other State
SHARE = 0.25


@lru_cache(maxsize=4)
def _definite(v: Vocabulary) -> re.Pattern[str] | None:
    """The definite descriptions of a State's authorities, not followed by whose they are ("the relevant
    authorities of non-United Nations personnel", "the competent authorities in ...")."""
    words = sorted(v.states.get("subject_authorities") or (), key=len, reverse=True)
    listed = sorted(v.states.get("subject_authorities_listed") or (), key=len, reverse=True)
    alts = ["|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ws) for ws in (words, listed)]
    # a bare one is a list's item: the addressees' first words, or after "including", a comma or "and"; or the agent of
    # an activity after "by" or "from" ("and urges expeditious efforts from national authorities, UNMISS, the United
    # Nations Country Team and relevant international partners", S/RES/2109 (2013) op 42, heldout42 15: state:SSD)
    bare = rf"(?:^|(?<=\bincluding\s)|(?<=,\s)|(?<=\band\s)|(?<=\bby\s)|(?<=\bfrom\s))(?:{alts[1]})" if alts[1] else ""
    alt = "|".join(a for a in (rf"\b(?:{alts[0]})" if alts[0] else "", bare) if a)
    return re.compile(rf"(?:{alt})\b(?!\s+(?:of|in|at|for|from|concerned)\b)", re.I) if alt else None


def _read_definite(window: str, definite: re.Pattern[str], v: Vocabulary) -> bool:
    """Whether a definite description of a State's authorities (_definite) is a NationalAuthorities alias the window's
    addressees were read from, not words the reading left out ("donors engaged in supporting the reform by national
    authorities": the reform's authors, list_members.QUALIFIED_BY). The window is read again only where it holds one."""
    said = [(d.start(), d.end()) for d in definite.finditer(window)]
    if not said:
        return False
    read = [(s, e) for a, s, e in actors_in(window, v, _Named(), heads=True) if a == NATIONAL]
    return any(s < de and ds < e for ds, de in said for s, e in read)


def _states(text: str, v: Vocabulary) -> list[str]:
    """The States a text names, as a place or an actor ("in the Islamic Republic of Iran", "Guinea-Bissau's")."""
    found = actors_in(text, v, _Named(), places=True)
    return list(dict.fromkeys(a for a, _, _ in found if a.startswith(STATE)))


def about(title: str | None, paragraphs: tuple[Paragraph, ...], v: Vocabulary) -> str | None:
    """The one State a text is about: its title's only State; with no title, the State named in most operative
    paragraphs of the organ's text (SHARE of them, two at least, more than any other); else None."""
    if title:
        named = _states(title, v)
        return named[0] if len(named) == 1 else None
    ops = [p.text for p in paragraphs if p.kind == "operative" and p.part == "main"]
    counts = Counter(a for t in ops for a in _states(t, v))
    if not counts:
        return None
    (top, n), *rest = counts.most_common(2)
    # a text about several States (the runner-up named in SHARE of the paragraphs too) is about none of them: "the
    # national authorities" in a text on Mali and the Niger are not Mali's
    if n < 2 or n < SHARE * len(ops) or rest and (rest[0][1] == n or rest[0][1] >= SHARE * len(ops)):
        return None
    return top


@lru_cache(maxsize=4)
def _owned(v: Vocabulary) -> re.Pattern[str]:
    """NationalAuthorities' aliases with whose they are after them: "national disaster management agencies in
    Somalia", "the relevant authorities of Guinea-Bissau" (the State's name follows the match)."""
    words = sorted(v.actors[NATIONAL].aliases, key=len, reverse=True)
    alt = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alt})\s+(?:in|of)\s+(?=\S)")


# the words before and between the States whose authorities they are: "of both Sudan and South Sudan", "in Somalia"
OWNER_LEAD = re.compile(r"(?:both\s+|the\s+)?")
OWNER_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+)(?:the\s+)?")


def _owners(window: str, v: Vocabulary) -> tuple[str, ...]:
    """The States whose authorities a window's NationalAuthorities alias names right after it ("in Somalia", "of both
    Sudan and South Sudan"): the run of States, joined by list words only, that opens the words after it; none where
    something else opens them ("in the Sahel region")."""
    m = _owned(v).search(window)
    if m is None:
        return ()
    rest = window[m.end() :]
    lead = OWNER_LEAD.match(rest)
    lo, at = 0, lead.end() if lead else 0  # a State's name may begin from lo ("the Sudan") to at
    run: list[str] = []
    for a, s, e in actors_in(rest, v, _Named(), places=True):
        if s < lo:
            continue
        if s > at or not a.startswith(STATE):
            break
        run.append(a)
        j = OWNER_JOIN.match(rest, e)
        lo, at = e, j.end() if j else -1
    return tuple(dict.fromkeys(run))


def named_owner(mandates: tuple[Mandate, ...], v: Vocabulary) -> tuple[Mandate, ...]:
    """mandates, NationalAuthorities read as the State whose authorities the window names after them: "encourages
    national disaster management agencies in Somalia to scale up capacity" (the Somalia texts of 2015-2018, heldout22
    S/RES/2232 (2015) op 31 and 2297 (2016) op 40: state:SOM), as "the Somali authorities" and the authorities of the
    one country a text is about are the State (README "What counts", ruling of stop 30); NationalAuthorities is every
    State's, in thematic texts."""
    out = list(mandates)
    for i, m in enumerate(mandates):
        states = _owners(m.addressee_text, v) if NATIONAL in m.addressees else ()
        if states:
            names = [s for a in m.addressees for s in (states if a == NATIONAL else (a,))]
            out[i] = replace(m, addressees=tuple(dict.fromkeys(names)))
    return tuple(out)


def as_state(
    mandates: tuple[Mandate, ...], paragraphs: tuple[Paragraph, ...], title: str | None, v: Vocabulary
) -> tuple[Mandate, ...]:
    """mandates, NationalAuthorities read from a definite description of a State's authorities in a window being the
    State the text is about (about()) where it is about one, or the State named after them (named_owner)."""
    mandates = named_owner(mandates, v)
    definite = _definite(v)
    if definite is None:
        return mandates
    asked = [
        i for i, m in enumerate(mandates) if NATIONAL in m.addressees and _read_definite(m.addressee_text, definite, v)
    ]
    if not asked:
        return mandates
    state = about(title, paragraphs, v)
    if state is None:
        return mandates
    out = list(mandates)
    for i in asked:
        m = out[i]
        names = tuple(dict.fromkeys(state if a == NATIONAL else a for a in m.addressees))
        out[i] = replace(m, addressees=names)
    return tuple(out)
