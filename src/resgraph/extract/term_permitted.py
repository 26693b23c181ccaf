"""Permissions given for a time in words other than "authorize": authorizations, as the golds read them.

"Decides that the Comoros, Sao Tome and Principe and Somalia shall be permitted to vote in the General
Assembly until the end of its seventy-fourth session" (A/RES/74/1 op 6, and the yearly Article 19 texts
A/RES/75/2, 76/2, 77/2, 78/2, 79/3 op 6): the States permitted, until the end of the session (heldout35 21:
T authorizes of=state:COM,state:STP,state:SOM until=2020-09, the month the next session opens, from the
organ's calendar, organs.yaml `month`). "..., all States may allow those shipments to be imported into
their territories up to 90 days from the date of adoption of this resolution" (a wind-down of contracts
finalized before a ban: S/RES/2375 (2017) op 16, 2371 (2017) ops 8, 9, 10, 2397 (2017) op 6): the ban of
the paragraph lifted for a time (heldout36 18: T authorizes of=S/RES/2375(2017)#16 until=2017-12-10
period=P90D). Not a deadline ("shall ... close ... within ninety days", heldout24 17 op 33: no term), nor a
permission with no time ("Decides that Member States may permit the import", no term).

Split from terms.py, which finds the terms a verb of their own sets.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.extract import deadlines as dates
from resgraph.extract import term_measures
from resgraph.extract.symbols import ORDINAL, ordinal
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.organs import Organ
from resgraph.vocab import Vocabulary

# who "shall be permitted to" act until the end of a numbered session: the actors after the last "that" of the decision
# ("Decides that the Secretary-General shall inform ..., and that the Comoros shall be permitted": the Comoros only);
# `who` begins and ends on a word, so that a run of spaces is the `\s+` around it alone (split three ways, it was cubic)
SESSION_PERMIT = re.compile(
    r"\b(?P<lead>[Dd]ecides|and)\s+(?:also\s+|further\s+)?that\s+"
    r"(?P<who>(?!that\b)[^\s;:](?:(?!\bthat\b)[^;:]){1,248}?[^\s;:])\s+(?:shall|should|will|may)\s+be\s+"
    r"permitted\s+to\s+[a-z]+\b(?P<gap>[^;:]{0,100}?)\buntil\s+the\s+(?:end|close|conclusion)\s+of\s+its\s+"
    rf"(?P<n>{ORDINAL})\s+session\b"
)
# a ban's contracts allowed to run out: the States that "may (only) allow" them, up to a time counted from the adoption
WIND_DOWN = re.compile(
    r"\b(?:all\s+)?(?:Member\s+)?States\s+may\s+(?:only\s+)?(?:allow|permit)\s+[^;:]{3,160}?\bup\s+to\s+"
    + dates.AMOUNT
    + r"\s+(?:from|after)\s+the\s+(?:date\s+of\s+)?(?:the\s+)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b"
)
# the wind-down of measures another paragraph imposed: "for sales of the commodities prohibited by paragraph 4 above",
# "the accounts frozen pursuant to the provisions of paragraph 4 above" (S/RES/2397 (2017) op 6); else the paragraph's own
OF_PARAGRAPH = re.compile(
    r"\b(?:(?:prohibited|imposed|frozen|banned)\s+(?:by|under|in)|pursuant\s+to(?:\s+the\s+provisions\s+of)?)"
    r"\s+(?:operative\s+)?paragraphs?\s+(?P<paras>\d+(?:\s*(?:,\s*and|,|and|to)\s*\d+)*)\s+"
    r"(?:above|of\s+(?:this|the\s+present)\s+resolution)\b"
)
# the wind-down is the decision's: "further decides that for such sales ... for which written contracts have been
# finalized prior to the adoption of this resolution, all States may allow"
DECIDED = re.compile(r"\bdecides\s+(?:also\s+|further\s+)?that\b[^;]{0,400}$", re.I)


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may hold such a term."""
    return "decides" in low and ("permitted to" in low or ("may" in low and "up to" in low and "adoption" in low))


def terms(
    text: str,
    a: int,
    z: int,
    p: Paragraph,
    b: Block,
    v: Vocabulary,
    speaker: str | None,
    adopted: str | None,
    actors: Callable[[int, int], list[tuple[str, int, int]]],
) -> list[MandateTerm]:
    """The permission for a time that the clause text[a:z] gives, as an authorization term; [] when none."""
    clause = text[a:z]
    op = p.number or p.parent or 0
    m = SESSION_PERMIT.search(clause)
    if m and (m.group("lead") != "and" or DECIDED.search(clause, 0, m.start())):
        who = list(dict.fromkeys(x[0] for x in actors(a + m.start("who"), a + m.end("who"))))
        if not who:
            return []
        # "its" session is that of a body named after "permitted to" ("to participate as an observer in the Committee
        # on the Peaceful Uses of Outer Space until the end of its sixty-fifth session"), the speaker's otherwise
        named = {x[0] for x in actors(a + m.start("gap"), a + m.end("gap"))}
        organ = v.calendar(speaker)
        end = _session_end(organ, m.group("n")) if not named - {organ.actor if organ else None} else None
        return [MandateTerm(op, "authorizes", ",".join(who), p.index, b.to_source(a, z), end, None, m.group("who"))]
    w = WIND_DOWN.search(clause)
    if not w or not DECIDED.search(clause, 0, w.start()):
        return []
    length = dates.amount(w)
    until = dates.add(adopted, length)
    cited = OF_PARAGRAPH.search(clause, 0, w.end())
    of = "#" + (term_measures.paras(cited) if cited else str(op))  # the pipeline prefixes the text's symbol
    return [MandateTerm(op, "authorizes", of, p.index, b.to_source(a, z), until, length, w.group(0))]


def _session_end(organ: Organ | None, word: str) -> str | None:
    """The month the organ's session `word` ("seventy-fourth") ends, for an organ whose session runs until the next
    opens (organs.yaml calendar `runs_to_next`: the Assembly's 74th until its 75th opens in September 2020: 2020-09);
    None for the others (a commission's session of a week or two) and where the calendar cannot tell."""
    n = ordinal(word)
    year = organ.session_year(n + 1) if organ and organ.runs_to_next and n else None
    return f"{year}-{organ.month:02d}" if organ and organ.month and year else None
