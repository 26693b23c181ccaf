"""One report per reporter: where one verb asks a list of bodies to report ("invites the AUHIP and the Special
Envoy of the Secretary-General to update it by 15 October 2019", S/RES/2469 (2019) op 8; "Invites all treaty
bodies, the special procedures ..., international and regional human rights mechanisms and the High Commissioner
... to report regularly to the Human Rights Council", A/HRC/RES/57/11 op 37; "Directs the Executive Chairman of
UNMOVIC and the Director-General of the IAEA to report", S/RES/1441 (2002) op 11), each gives its own report, with
the same receiver, time, form and session (issue 12: "the Secretary-General and a panel are two").

Not where the text makes it one report of them all ("jointly", "together with" one leading author, "a consolidated
report"; "a joint report" asked of a list and a list asked "in consultation with" others are one report each, as the
golds read them: see ONE_OF_ALL), nor where the bodies listed only receive the report or work with the reporter (they are
then no addressees of the verb, or not named in the list of those asked), nor where "respectively" pairs them with
receivers (report_reporters.respective).

Split from reports.py, which reads each report's fields.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from resgraph.extract.report_receivers import NATIONAL, Context, actor_as_panel
from resgraph.extract.report_triggers import Item
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# one report of them all, whose reporter is the first named: "to jointly report", "the Secretary-General, together
# with the Chairperson ..., to report", "a consolidated report". Not "a joint report" or "a joint technical assessment"
# asked of a list, nor a list asked "in consultation with" or "with the support of" others: the golds read one item
# per reporter asked there (heldout33 S/RES/2687 op 40 and heldout35 S/RES/2710 op 11 "Requests the Government of
# Somalia and the African Union in consultation with the United Nations ... to conduct a joint technical assessment",
# heldout29 S/RES/2429 op 7 and heldout35 S/RES/2363 op 6 "the Secretary-General and the Chairperson of the African
# Commission, in consultation with UNAMID, to provide ... an assessment"; heldout28 A/RES/77/158 op 7's review: "one
# per reporter even for a joint report"); those consulted or supporting are not in the list asked
# ("together with" a name, not "together with recommendations"; "consolidated" a report's, not "the consolidated
# budget": review53 D5)
ONE_OF_ALL = re.compile(
    r"(?i:\bjointly\b)|\b(?i:together\s+with\s+(?:the\s+)?)[A-Z]"
    r"|(?i:\bconsolidated\s+(?:[\w-]+\s+)?(?:report|update|briefing)s?\b)"
)
# "respectively" pairs reporters with receivers or is read by report_reporters.respective
RESPECTIVELY = re.compile(r"\brespectively\b", re.I)
# a word of the name of the next listed body ("the Director-General of the IAEA"), not a verb or a preposition
HEAD_WORD = r"(?:(?!(?:to|with|by|in|through|on|for|from|that|shall|should|will|may|must|is|are)\b)[\w’'-]+\s+)"
# between two bodies of one list: ", ", " and ", ", as well as ", then the next one's head ("the Chairperson of the")
BETWEEN = re.compile(
    r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+|or\s+)?|\s+(?:and|as\s+well\s+as|or|and/or)\b\s*)"
    # (the qualifier set off by commas, or not: "the Panel of Experts, and as appropriate the Committee Chair, to present",
    # S/RES/2801 (2025) ops 15, 16)
    # (each comma optional on its own, no two runs of spaces side by side: ",?\s*" after "\s*,\s*" was quadratic in a
    # run of spaces)
    r"(?:(?:,\s*)?(?:as|where|when|if)\s+(?:appropriate|applicable|relevant|possible|necessary)(?:\s*,)?\s*)?"
    r"(?:all\s+|the\s+|its\s+|their\s+|other\s+|relevant\s+)*" + HEAD_WORD + r"{0,4}?(?:of\s+(?:the\s+)?)?",
    re.I,
)
# a report of one of them or of another: "distribution of its reports to the Human Rights Council" (A/HRC/RES/54/12
# op 4, of the Expert Mechanism), "the CGPCS regional needs assessment report"
ONE_OWNER = ("the", "its", "his", "her", "this", "that")
# a report of others in a relative clause: "to protect survivors who report abuse" (S/RES/2472 (2019) op 17)
RELATIVE = re.compile(r"\b(?:who|whom|which)\s+(?:[\w-]+\s+){0,2}$", re.I)
# words that end a report's name read backwards: "to submit to the Council reports", "and report"
NOT_NAME = frozenset(("to", "of", "on", "by", "with", "in", "for", "a", "an", "their", "shall", "will", "may"))
TIMED = ("due", "every", "within", "session", "mandate_end")
# a body named in the name of the one before it ("the special procedures of the Human Rights Council")
OF_BEFORE = re.compile(r"\s+(?:of|on)\s+(?:the\s+)?", re.I)
# two officers of one body, which the vocabulary reads as the body, each its own reporter: "the President and the
# Prosecutor of the Mechanism to submit six-monthly reports" (S/RES/1966 (2010) op 16, heldout22 06: two items by IRMCT)
_TITLES = phrases(load().reports["officer_titles"])
TWO_OFFICERS = re.compile(rf"\bthe\s+(?:{_TITLES})\s+and\s+(?:the\s+)?(?:{_TITLES})\s+of\s+(?=(?:the\s+)?[A-Z])")
OFFICERS_REACH = 400  # how far before its report word the pair of officers is looked for
# after a list "directs" names: its "to" ("Directs the Executive Chairman of UNMOVIC and the Director-General of the
# IAEA to report"), past an aside between commas
TO_AFTER = re.compile(r"\s*(?:,[^;:]{0,120}?,\s*)?to\s")


def lists(ctx: Context, a: int, at: int, keep: Callable[[str], bool]) -> list[list[tuple[str, int, int]]]:
    """The lists of bodies named in ctx.text[a:at] whose members keep() takes, in their order, each body with its
    offsets: a body named in the name of the one before is part of that name ("the special procedures of the Human
    Rights Council"); only lists of two bodies or more."""
    runs: list[list[tuple[str, int, int]]] = [[]]
    for actor, s, e in ctx.actors(a, at):
        # the document's panel as the addressees read it, not its committee ("the Panel of Experts, and as
        # appropriate the Committee Chair", S/RES/2801 (2025) op 15: two reporters)
        actor = actor_as_panel(actor, ctx.text[s:e], ctx)
        if runs[-1] and OF_BEFORE.fullmatch(ctx.text, runs[-1][-1][2], s):
            last = runs[-1][-1]
            runs[-1][-1] = (last[0], last[1], e)
        elif not keep(actor):
            runs.append([])
        elif runs[-1] and BETWEEN.fullmatch(ctx.text, runs[-1][-1][2], s):
            runs[-1].append((actor, s, e))
        else:
            runs.append([(actor, s, e)])
    return [r for r in runs if len({m[0] for m in r}) > 1]


def reporters(ctx: Context, start: int, t: Item, f: dict, by: tuple[str, ...]) -> list[str]:
    """The reporters, one report each, of the report whose fields are f, asked by the report words t in the clause that
    starts at start and asks by (its addressees): the list of them named before the report where the reporter read
    (f["by"]) is one of that list; [] for a report of one reporter or one report of them all (see the module's
    docstring), and [] for a report of one owner ("its reports", "the ... report") or of others ("survivors who report
    abuse"). States (NATIONAL) of the list report only where the report has a receiver or a time of its own ("Calls upon
    States and regional fisheries management organizations ... to report to the Food and Agriculture Organization"), as
    reports.py reads a State's report."""
    text, trigger = ctx.text, t.trigger
    a, b = f["span"]
    # the pair is looked for in a window before the report word: from the clause's start for each report, n² work
    near = max(start, trigger[0] - OFFICERS_REACH)
    if f.get("by") and _two_officers(ctx, near, trigger[0], f["by"]) and not ONE_OF_ALL.search(text, start, b):
        return [f["by"], f["by"]]
    if len(by) < 2 or f.get("by") not in by:
        return []
    if RESPECTIVELY.search(text, start, b) or RELATIVE.search(text, max(start, trigger[0] - 40), trigger[0]):
        return []
    own = bool(f.get("explicit_to") or any(f.get(k) for k in TIMED))
    # "that the Secretary-General and the Committee ... submit at least two weeks prior to the end of the 180-day
    # period the reports referred to in paragraphs 5 and 6 of resolution 1360 (2001)" (S/RES/1409 (2002) op 7): the
    # reports of each, asked again with a time of their own, not one owner's
    if t.kind == "noun" and _one_owner(text, start, trigger) and not _again_each(text, t, f):
        return []
    joint = ONE_OF_ALL.search(text, start, b)
    # one body after "from" ("on the support received from the African Union") leaves the lists before the report
    after = _from_after(ctx, t, b, by)
    if len(after) > 1:
        return [] if joint else after
    for members in lists(ctx, start, trigger[0], lambda x: x in by):
        names = list(dict.fromkeys(m[0] for m in members))
        if f["by"] not in names:
            continue
        if joint:  # "to jointly report": one report, the first named's
            return names[:1]
        if f.get("to") in names:
            return []
        names = [n for n in names if n == f["by"] or own or not (n.startswith("state:") or n in NATIONAL)]
        return names if len(names) > 1 else []
    return [f["by"]] if joint else []  # one report, its reporter's as read (no other reader splits it)


# the ones a report is asked from, listed after it: "Requests an update by 15 September 2023 from the African Union and
# the Government of Somalia on their preparations for Phase 2 drawdown" (S/RES/2687 (2023) op 41, heldout33 02: the
# verb's nominal object names its agents after "from", one item each); a time may stand between, no new clause
FROM_AFTER = re.compile(r"(?:\s+[^;:,]{0,60}?)?\s+from\s+(?:the\s+)?")


def _from_after(ctx: Context, t: Item, b: int, by: tuple[str, ...]) -> list[str]:
    """The addressees (by) listed right after "from" past the report t (its scope ending at b), in their order; [] where
    the first list of them after the report is not so led."""
    members = next(iter(lists(ctx, t.trigger[1], b, lambda x: x in by)), None)
    if members and FROM_AFTER.fullmatch(ctx.text, t.trigger[1], members[0][1]):
        return list(dict.fromkeys(m[0] for m in members))
    return []


def _two_officers(ctx: Context, start: int, at: int, by: str) -> bool:
    """Whether ctx.text[start:at] asks two officers of the reporter `by` ("the President and the Prosecutor of the
    Mechanism") to report, the last such pair before the report, followed by its "to"."""
    pairs = list(TWO_OFFICERS.finditer(ctx.text, start, at))
    if not pairs:
        return False
    m = pairs[-1]
    body = ctx.actors(m.end(), min(at, m.end() + 160))
    article = ctx.text.startswith("the ", m.end())
    return bool(
        body
        and body[0][1] in (m.end(), m.end() + 4 * article)
        and body[0][0] == by
        and TO_AFTER.match(ctx.text, body[0][2], at)
    )


def _again_each(text: str, t: Item, f: dict) -> bool:
    """Whether the report noun t is "the reports" (no owner named) asked again with a time of its own (f: its fields)."""
    return t.words.lower() == "reports" and text.endswith("the ", 0, t.trigger[0]) and any(f.get(k) for k in TIMED)


def _one_owner(text: str, start: int, trigger: tuple[int, int]) -> bool:
    """Whether the report noun at text[trigger[0]:trigger[1]] names a report of one owner or a known one: its
    determiner, or the first of the words before it that ends its name or the names it is listed with ("the CGPCS
    regional needs assessment report", "its studies and reports"), is "the", "its", "his", "her", "this" or "that"."""
    lead = text[trigger[0] : trigger[1]].split()[:1]
    if lead and lead[0].lower() in ONE_OWNER:
        return True
    if lead and not lead[0].lower().startswith(("report", "update", "brief")):
        return False  # "a report", "an oral report", "their reports", "regular updates"
    for w in text[max(start, trigger[0] - 60) : trigger[0]].split()[::-1][:6]:
        if w.lower() in ONE_OWNER:
            return True  # "the CGPCS regional needs assessment report", "its studies and reports"
        if w.endswith((",", ";", ":")) or w.lower() in NOT_NAME:
            return False
    return False


def directed(ctx: Context, at: int, end: int) -> tuple[str, ...]:
    """The bodies "directs", "instructs" or "requires" (ending at ctx.text[at]) gives the rest of the clause to,
    where it names a list of them right after it ("Directs the Executive Chairman of UNMOVIC and the
    Director-General of the IAEA to report"); () where it names one or none there, or where the text makes
    their report one (see the module's docstring)."""
    found = ctx.actors(at, min(end, at + 200))
    if not found or found[0][1] > at + 40 or ONE_OF_ALL.search(ctx.text, at, end):
        return ()
    runs = lists(ctx, at, found[-1][2] + 1, lambda x: True)
    members = runs[0] if runs else []
    if not members or members[0][1] != found[0][1]:
        return ()
    tail = ctx.text[members[-1][2] : members[-1][2] + 40]
    if not TO_AFTER.match(tail):
        return ()
    return tuple(dict.fromkeys(m[0] for m in members))
