"""Terms of office extended: "Decides to extend the term of office of the following permanent judges
at the International Tribunal, who are members of the Appeals Chamber, until 31 December 2013 or
until the completion of the cases to which they are assigned, if sooner" -> extends "permanent
judges of the International Tribunal, members of the Appeals Chamber" until 2013-12-31; "Decides
that the term of office of the permanent judge appointed to replace ... shall extend until 31
December 2010" (said the other way round).

The holders have no vocabulary id: the term is of them as the text names them, in one form
whatever the wording ("at the Tribunal" and "of the Tribunal", "who are members of" and "members
of"), so that the same group is named alike in every resolution. A judge named in person is
named alone ("ad litem Judge Frederik Harhoff (Denmark), who is a member of the Trial Chambers"
-> "ad litem Judge Frederik Harhoff"): the name is who holds the office.

Split from terms.py, which finds the terms and what they are of.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

# the wording lists of these patterns are terms.yaml `office`
_WORDS = load().terms["office"]
# the object of "extend" that makes the term one of office ("extend the terms of office of")
OBJECT = r"terms?\s+of\s+office"
# "the term of office of <holders> shall extend until": the passive form, matched at its subject
PASSIVE = rf"\bterms?\s+of\s+office\s+of\b(?=[^;]{{0,300}}?\bshall\s+(?:be\s+)?(?:{phrases(_WORDS['extended'])})\b)"
_LEAD = re.compile(
    r"(?:\s*+(?:,\s*+)?+(?:until|till|for|by)\b[^;]{0,80}?,?)?\s+(?:the\s+)?terms?\s+of\s+office\s+of\s+", re.I
)
_PASSIVE_LEAD = re.compile(r"(?<=\bof)\s+")
# where the holders' name ends: their time, a qualification of the decision, the list after a colon
_END = re.compile(rf"(?<!\s)(?:(?:\s*+,)?+\s++(?:{phrases(_WORDS['ends'])})\b|\s++shall\b|\s*+[;:]|\s*+$)")
# (a match starts at a run's first space, the lookbehinds of _PARENS and _SERVING: their substitutions tried a run from
# each of its spaces, quadratic)
_PARENS = re.compile(r"(?<!\s)\s*+\([^()]*\)")
_MEMBERS = re.compile(r"(?<!\s)(?:\s*+,)?+\s++who\s+(?:are|is)\s+(?:a\s+)?(members?)\s+of\b")
_SERVING = re.compile(r"(?:,|(?<!\s))\s++(?:currently\s+serving|serving)\s+at\s+the\b")
_AT = re.compile(rf"\b({phrases(_WORDS['held_at'])})\s+at\s+the\b")
_NAMED = re.compile(r"\bJudge\s+[A-Z][\w’'-]+\s+[A-Z]")
_AS_OFFICE = re.compile(r"(?:[\w-]+\s+)*?Judge\s+([A-Z][^,;]*?)\s+as\s+(?:the\s+)?([A-Z][^,;]*)")


def holders(text: str, at: int, z: int) -> tuple[str, str] | None:
    """(name, words) of the holders whose term of office the action ending at text[at] extends:
    "the term(s) of office of <holders>" right after it, or <holders> themselves (the passive
    form, matched at "term of office of"); None when the action is not on a term of office."""
    lead = _LEAD.match(text, at, z)
    if not lead and re.search(r"\boffice\s+of$", text[max(0, at - 12) : at]):
        lead = _PASSIVE_LEAD.match(text, at, z)  # the passive form: the holders right after
    if not lead:
        return None
    words = text[lead.end() : z]  # (a slice: the lookbehind of _END sees no space before the holders' first word)
    end = _END.search(words)
    words = words[: end.start()] if end else words
    name = _normal(words)
    return (name, words) if name else None


def _normal(words: str) -> str:
    """The holders in one form: no "the following", no country in brackets, "of the Tribunal" for
    "at the Tribunal", ", members of" for "who are members of", a judge named in person alone."""
    name = re.sub(r"^(?:the\s+following\s+|the\s+)", "", words.strip())
    name = _PARENS.sub("", name)
    if _NAMED.search(name):
        cut = _MEMBERS.search(name)
        name = name[: cut.start()] if cut else name
        office = _AS_OFFICE.fullmatch(name)
        if office:  # "Judge Carmel Agius as President of the ICTY": the office, its holder in brackets (term_appointed)
            name = f"{office.group(2)} ({office.group(1)})"
    else:
        name = _MEMBERS.sub(lambda m: ", " + m.group(1) + " of", name)
    name = _SERVING.sub(" of the", name)
    name = _AT.sub(lambda m: m.group(1) + " of the", name)
    return re.sub(r"\s+", " ", name).strip(" ,")
