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
from resgraph.extract.symbols import ORDINAL, ordinal
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary

# who "shall be permitted to" act until the end of a numbered session of the deciding organ
SESSION_PERMIT = re.compile(
    r"\b[Dd]ecides\s+(?:also\s+|further\s+)?that\s+(?P<who>[^;:]{3,250}?)\s+(?:shall|should|will|may)\s+be\s+"
    r"permitted\s+to\s+[a-z]+\b[^;:]{0,100}?\buntil\s+the\s+(?:end|close|conclusion)\s+of\s+its\s+"
    rf"(?P<n>{ORDINAL})\s+session\b"
)
# a ban's contracts allowed to run out: the States that "may (only) allow" them, up to a time counted from the adoption
WIND_DOWN = re.compile(
    r"\b(?:all\s+)?(?:Member\s+)?States\s+may\s+(?:only\s+)?(?:allow|permit)\s+[^;:]{3,160}?\bup\s+to\s+"
    + dates.AMOUNT
    + r"\s+(?:from|after)\s+the\s+(?:date\s+of\s+)?(?:the\s+)?adoption\s+of\s+(?:this|the\s+present)\s+resolution\b"
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
    if m:
        who = list(dict.fromkeys(x[0] for x in actors(a + m.start("who"), a + m.end("who"))))
        end = _session_end(v, speaker, m.group("n"))
        if not (who and end):
            return []
        return [MandateTerm(op, "authorizes", ",".join(who), p.index, b.to_source(a, z), end, None, m.group("who"))]
    w = WIND_DOWN.search(clause)
    if not w or not DECIDED.search(clause, 0, w.start()):
        return []
    length = dates.amount(w)
    until = dates.add(adopted, length)
    return [MandateTerm(op, "authorizes", f"#{op}", p.index, b.to_source(a, z), until, length, w.group(0))]


def _session_end(v: Vocabulary, speaker: str | None, word: str) -> str | None:
    """The month the speaking organ's session `word` ("seventy-fourth") ends: the one its next session opens in
    (the Assembly's 75th opens in September 2020: 2020-09); None where its calendar cannot tell."""
    organ = v.calendar(speaker)  # the organ speaking (its key: GA)
    n = ordinal(word)
    year = organ.session_year(n + 1) if organ and n else None
    return f"{year}-{organ.month:02d}" if organ and organ.month and year else None
