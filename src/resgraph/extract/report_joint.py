"""Several reporters asked together to report: one report each.

"Requests the Secretary-General and the French Government to report to it immediately", "invites the
Secretary-General of ICAO and the Chair of the CTC to brief the Council", "Directs the Executive Chairman of
UNMOVIC and the Director-General of the IAEA to report immediately to the Council" (S/RES/1441 (2002) op 11,
heldout4): each actor of the list the report verb follows reports (tests/mandate_gold/README.md "What counts":
one item per reporter). A noun asked of several ("Requests the Secretary-General and the Chairperson of the
African Union Commission to provide ... a Special Report", "to prepare ... a report", heldout3 S/RES/2462 op 37)
is one joint report, the first named's: not read here.

Split from report_reporters.py, which reads the one reporter a report names.
"""

from __future__ import annotations

import re

from resgraph.extract.report_receivers import Context

# between two actors of one list: ", ", " and ", ", as well as ", with a title before the next ("the Chair of")
LINK = re.compile(r"(?:,\s+|,?\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?)?")
# between the last actor and the report verb: "... to report", "... to continue to brief", "... immediately to report"
TO_VERB = re.compile(
    r"(?:\s*\([^()]{1,20}\))?,?\s+(?:\w+ly\s+)?to\s+(?:also\s+|further\s+)?(?:continue\s+to\s+)?(?:\w+ly\s+)?$"
)
# from the clause's verb to the first of the list: "Requests the ", "and invites the ", "Directs the Executive
# Chairman of ", "requests that the "; not "..., in close consultation with the "
HEAD = re.compile(
    r"\W*(?:and\s+)?(?:\w+\s+){0,2}(?:that\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+(?:[A-Z][\w-]*\s+)?(?:of\s+(?:the\s+)?)?)?"
)
# verbs that report with no object a report noun could be joint: "report", "brief", "update", "report back"
VERBS = re.compile(r"(?:report|brief|update|revert)\b", re.I)


def reporters(ctx: Context, start: int, trigger: tuple[int, int], f: dict) -> list[str]:
    """The reporters, one report each, of a report verb (trigger, after "to") that a list of two or more actors
    asked in the clause (from start) is the subject of: "the Secretary-General and the High Commissioner to
    report"; [] where one actor, a noun, or a reporter the scope names elsewhere (f["by_named"] not the last of
    the list) asks it."""
    text = ctx.text
    if not VERBS.match(text, trigger[0], trigger[1]):
        return []
    named = ctx.actors(start, trigger[0])
    if not named or not TO_VERB.fullmatch(text, named[-1][2], trigger[0]):
        return []
    chain = [named[-1]]
    for prev in reversed(named[:-1]):
        if not LINK.fullmatch(text, prev[2], chain[0][1]):
            break
        chain.insert(0, prev)
    if not HEAD.fullmatch(text, start, chain[0][1]):
        return []  # "Requests the Secretary-General, in close consultation with the AU and the Panel, to report"
    who = list(dict.fromkeys(actor for actor, _, _ in chain))
    if len(who) < 2 or (f.get("by_named") and f.get("by") != who[-1] and f.get("by") not in who):
        return []
    return who
