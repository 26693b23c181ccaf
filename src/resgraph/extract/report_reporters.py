"""Who makes a report: the clause's addressee, unless the text names another as the one that submits
it ("requests that ... the Panel of Experts submit to the Council its midterm report", "reporting by
UNIFIL", "Decides that the Panel shall provide ... an interim report") or enables one to report ("to
enable the Special Envoy ... to discharge its mandate and to report to Member States"); and the
addressees that report "respectively", one report each.

Split from reports.py, which finds the reports, their times and their form.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract import list_members, listed_refs, report_passive
from resgraph.extract.addressees import STATE_KINDS
from resgraph.extract.report_receivers import NATIONAL, Context, actor_as_panel, committee_named_last
from resgraph.extract.term_panels import TERM_KINDS
from resgraph.vocab import load
from resgraph.wordsearch import phrases

# a body acted through or with, not the one that reports: "Requests the Secretary-General through his Special
# Representative to continue to report"; "Requests the Member States acting through or in cooperation with the EU and
# the Member States acting through or in cooperation with NATO to report to the Council on the activity of EUFOR and
# NATO HQ presence respectively" (S/RES/1575 (2004) op 18 and its renewals: the Member States, twice; NATO, the body
# right before "to report", read as the one that reports since the vocabulary has it); "with" only after a word of
# acting together ("in cooperation with", "acting with"): "Decides to renew the mandate, with the Special Representative
# to report to the Council every three months" names the one that reports
THROUGH = re.compile(
    r"\b(?:through\s+(?:his|her|its|their|the)|(?:through|via)(?:\s+the)?|(?:cooperation|consultation|coordination|"
    r"collaboration|partnership|conjunction|together|jointly|acting|working)\s+with(?:\s+the)?)\s+$"
)
BY_AFTER = re.compile(r"^\s+by\s+(?:the\s+)?$")
# the reporter after "by" whose topic follows it: "requests a briefing by the Secretariat on the measures taken to
# disseminate information" (A/RES/74/92 op 66 and the Assembly's yearly texts on information after it). A definite
# name followed by "on" or "of" reads as the head of a longer name ("the Committee on Information", vocab.py's guard),
# so where the whole window names no one the name is read again up to the preposition; a longer name the vocabulary
# knows ("a briefing by the Committee on Information") is read as before
NAME_BEFORE_TOPIC = re.compile(r"\s+by\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,5})\s+(?:on|of|for|against)\s")
# (the verbs are data: ontology/vocab/reports.yaml `enabling`)
ENABLED = re.compile(rf"\b(?:{phrases(load().reports['enabling'])})\s+(?:the\s+)?$")
REQUESTED = re.compile(r"(?:^|\b[Tt]o\s+)(?:also\s+|further\s+)?request\s+(?:also\s+)?(?:the\s+)?$")
# a clause of its own between the one enabled and the report: "enable the Panel to work, and requests it to report"
HANDED_BACK = re.compile(r"[;:]|\b(?:requests|decides|invites|encourages|urges|calls)\b")
# the last of actors asked together ("the Secretary-General and the Chairperson of the AU Commission to provide")
JOINED = re.compile(r"(?:,\s+|,?\s+(?:and|as\s+well\s+as)\s+)(?:the\s+)?(?:[A-Z][\w-]*\s+(?:of\s+(?:the\s+)?)?)?")
# a task of the clause's addressee coordinated after what one it asks others to do: "Requests the Secretary-General to
# invite Member States and ... organizations to present further practical proposals ..., and to submit a comprehensive
# report" (A/RES/74/151 op 12 and its twins), "to invite Governments ... to submit information ..., and to provide ... a
# report" (A/RES/78/236 op 15, 80/170 op 20): the report is the Secretary-General's
LATER_TASK = re.compile(r",\s+and\s+(?:also\s+|further\s+|then\s+)?to\s+[a-z]")
TO_SUBJECT = re.compile(r"\s+to\s.*\b(?:submit|provide|present)$")
BARE_PANEL = re.compile(r"\bthe\s+(?:Panel|Group\s+of\s+Experts|Monitoring\s+(?:Team|Group))\b(?!\s+of\b)")
# (or the one whose duties hold the reporting: "to appoint a Special Representative for Iraq whose independent
# responsibilities shall involve reporting regularly to the Council", S/RES/1483 (2003) op 8, heldout9 06; a place of
# some words too: "a Special Representative for the Great Lakes Region whose ...")
SUBJECT = re.compile(
    r"\s+(?:shall\s+|should\s+|will\s+|to\s+)?(?:continue\s+to\s+)?(?:\w+ly\s+)?(?:submit|provide|present|report|brief)\b"
    r"|(?:\s+for\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*)?\s+whose\s+(?:[\w-]+\s+)?(?:responsibilities|tasks|duties)\s+(?:shall|will)\s+"
    r"(?:include|involve)\s+reporting\b"
)
# "from X" opening an item of a list of reports ("...: a. from the Emergency Relief Coordinator, an update"), not
# "drawing on information from Member States, a report"; "...; and from UNODC, an update" (S/RES/2713 (2023) op 30)
FROM = re.compile(r"(?:^|[:;]\s*(?:and\s+)?|(?:^|\s)(?:[a-z]|[ivx]+)\.\s+|\([a-z]+\)\s+)from\s+(?:the\s+)?$")
# between "from X" and the report it gives: "(d) from the Emergency Relief Coordinator, an update", "(a) from the
# FGS, in coordination with ..., by 1 March 2023 and then by 1 September 2023, reports which include"
FROM_GAP = re.compile(r"(?:[^;:]{0,300}?,)?\s+")
# between the report and "from X": "an informal briefing from the head"
FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?")
# a body set up: "Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee"
# (the verbs are data: ontology/vocab/reports.yaml `setting_up` `before_article`)
ESTABLISHED = re.compile(
    rf"\b(?:{phrases(load().reports['setting_up']['before_article'])})"
    r"(?:\s*,[^;:]{0,160}?,)?\s+(?:a|an)\s+$"
)
BODY_KINDS = (*TERM_KINDS, "committee")
# a list of reports each item of which names its reporter: "Requests the following reports to the Security Council:
# a. from the GFRS, ..., by 1 May 2024 and then by 1 October 2024, reports which include: i. ...; b. from the
# Secretary-General: i. an update ... by 15 October 2024" (S/RES/2713 (2023) op 45, one paragraph; S/RES/2662
# (2022) op 47 has the same items as sub-paragraphs): each item is a clause of its own, its reporter the one it is from
FOLLOWING = re.compile(r"\bthe\s+following\s+(?:[\w-]+\s+)?(?:reports|updates|briefings)\b", re.I)
FROM_ITEM = re.compile(r"(?:^|[:;]\s*(?:and,?\s+)?)(?:[a-z]\.|\([a-z]\))\s+from\s+(?:the\s+)?")
# who, enabled to act, is not the one "and to report" asks
NOT_ENABLED_REPORTERS = NATIONAL + ("InternationalCommunity", "PartiesToConflict", "InternationalOrganizations")
# whose reporting is journalism, no report due ("to enable the media to report independently", A/HRC/RES/57/27 op 17
# (m), heldout4 28)
JOURNALISM = frozenset(("Media",))


def _qualifies_states(text: str, before: list, i: int, s: int) -> bool:
    """Whether the actor before[i] (at s) only qualifies the States named right before it: "Urges Member States
    providing support to AMISOM to report to the Committee" (list_members.given, as the addressee reader reads it,
    review46 finding 10): the States report, not AMISOM."""
    return bool(i and before[i - 1][0] in STATE_KINDS and list_members.given(text, before[i - 1][2], s))


def reporter(
    ctx: Context, scope: tuple[int, int], trigger: tuple[int, int], kind: str, lead: str = "", asked: tuple = ()
) -> dict:
    """{"by": ..., "by_named": True} when the report's scope (paragraph offsets) names its reporter,
    trigger being the words that ask for the report, kind "noun" or "verb" and lead the article or
    possessive before a noun; {} otherwise (the clause's addressees, asked, report: the first named)."""
    text = ctx.text
    a, b = scope
    f: dict = {}
    # "Decides that the Panel shall provide to the Council an interim report": the document's panel
    bare = BARE_PANEL.search(text, a, trigger[0]) if ctx.panel else None
    if bare and SUBJECT.match(text, bare.end(), bare.end() + 40):
        f["by"] = ctx.panel
    before = list(ctx.actors(a, trigger[0]))  # the actors named before the trigger, read once for the rules below
    # "requests that ... the Panel of Experts submit to the Council its midterm report"
    for i, (actor, s, e) in enumerate(before):
        # not "Requests the Secretary-General through his Special Representative to continue to report"; nor the
        # last of those asked together for a report (a noun), one report, the first named's ("Requests the
        # Secretary-General and the Chairperson of the African Union Commission to provide ... a Special Report",
        # S/RES/2525 op 11; "to report", a verb, may be one report each: heldout4 S/RES/1441 op 11)
        subject = SUBJECT.match(text, e, e + 100)
        if (
            subject
            and not _qualifies_states(text, before, i, s)
            and not (
                i
                and before[i - 1][0] in asked
                and JOINED.fullmatch(text, before[i - 1][2], s)
                and TO_SUBJECT.match(subject.group())
            )
            and not actor.startswith("state:")
            and actor not in JOURNALISM
            and not THROUGH.search(text, a, s)
            and (actor in asked or not LATER_TASK.search(text, subject.end(), trigger[0]))
        ):
            f["by"], f["by_named"] = actor_as_panel(actor, text[s:e], ctx), True
    # "to enable the Special Envoy, once appointed, to discharge its mandate and to report": the one enabled; "(vi) To
    # also request the Gender Advisory Board ... to develop proposals ... and report thereon" (in a "Recommends"
    # list, E/RES/2022/16 op 0): the one requested
    # "Decides to request the Panel ... to submit its final report", "(c) To request the Special Representative ... to
    # continue to submit reports" (A/RES/77/245 op 10 (b), 74/133 op 41 (c)): the one requested, for a noun too
    for actor, s, e in before:
        if (
            (kind == "verb" and ENABLED.search(text, max(a, s - 24), s) or REQUESTED.search(text, max(a, s - 24), s))
            and not HANDED_BACK.search(text, e, trigger[0])
            and _can_report_for(actor, ctx)
        ):
            f["by"], f["by_named"] = actor_as_panel(actor, text[s:e], ctx), True
    # "Decides to establish, in accordance with rule 28 of its provisional rules of procedure, a Committee of the
    # Security Council ..., to undertake the following tasks and to report on its work to the Council": the body set up
    for actor, s, e in before:
        if (
            ESTABLISHED.search(text, max(a, s - 200), s)
            and not HANDED_BACK.search(text, e, trigger[0])
            and _is_body(actor, ctx)
        ):
            f["by"], f["by_named"] = actor_as_panel(actor, text[s:e], ctx), True
            break
    # "Requests the following reports ...: a. from the Emergency Relief Coordinator, an update on", "requests an
    # informal briefing from the head of the Institution": the one the report comes from
    for actor, s, e in ctx.actors(max(0, trigger[0] - 120), b):
        if (FROM.search(text, max(0, s - 16), s) and e <= trigger[0] and FROM_GAP.fullmatch(text, e, trigger[0])) or (
            s > trigger[1] and lead and FROM_AFTER.fullmatch(text, trigger[1], s)
        ):
            f["by"], f["by_named"] = actor_as_panel(actor, text[s:e], ctx), True
            break
    # "the results of which shall be reported to the Council by UNMOVIC and the IAEA": one report each
    if text[trigger[0] : trigger[1]].lower() == "reported":
        named = [
            actor_as_panel(x, text[s:e], ctx) for x, s, e in report_passive.agents(text, trigger[1], b, ctx.actors)
        ]
        if named:
            f["by"], f["by_named"], f["agents"] = named[0], True, named
        return f
    # "reporting by UNIFIL"
    after = text[trigger[1] : b]
    if BY_AFTER.match(after[:12] + " ") or after.startswith(" by "):
        who = ctx.actors(trigger[1], min(b, trigger[1] + 80))
        cut = NAME_BEFORE_TOPIC.match(after) if not who else None
        if cut:  # "a briefing by the Secretariat on the measures taken": the name read up to its topic
            who = ctx.actors(trigger[1], trigger[1] + cut.end(1))
        if who and who[0][1] <= trigger[1] + 8:
            f["by"], f["by_named"] = actor_as_panel(who[0][0], text[who[0][1] : who[0][2]], ctx), True
    return f


# "Requests ECOWAS ... and France to report ... on all aspects of the implementation of their respective mandates";
# "Requests the Committee established pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) and the
# Counter-Terrorism Committee to update the Security Council on their respective efforts" (S/RES/2396 (2017) op 46,
# heldout38 20: two items, one per committee; 2178 (2014) op 26); not "within their respective mandates" (no "on")
OWN_MANDATES = re.compile(r"\bon\s+[^;]{0,60}?\btheir\s+respective\s+(?:mandates|efforts|activities)\b")


def respective(ctx: Context, start: int, at: int, f: dict, by: tuple[str, ...]) -> list[str]:
    """The reporters of "Requests the Member States acting through the EU and the Member States acting
    through NATO to report ... respectively" (or "... on their respective mandates"): each addressee
    named between the clause's start and the report (at), the same actor named twice being two, one
    report each; [] when "respectively" is not said of the reporters (one receiver each, or a
    reporter the scope names). f: the report's fields."""
    a, b = f["span"]
    said = "respectively" in ctx.text[a:b] or OWN_MANDATES.search(ctx.text, a, b)
    if not said or f.get("by_named") or len(f.get("receivers") or ()) > 1:
        return []
    named = [actor for actor, _, _ in ctx.actors(start, at) if actor in by]
    return named if len(named) > 1 else []


def _is_body(actor: str, ctx: Context) -> bool:
    """Whether an actor is a body a resolution sets up with tasks: a committee, a mission, a panel, an office."""
    a = ctx.v.actors.get(actor)
    return bool(a and a.kind in BODY_KINDS)


def _can_report_for(actor: str, ctx: Context) -> bool:
    """Whether an actor enabled to act can be the one a clause's "and to report" is asked of: an
    officer, mission or panel, not States, the parties or "the international community" ("to enable
    the international community to respond ... and to report to the Council": the Secretary-General
    reports)."""
    a = ctx.v.actors.get(actor)
    return not (
        actor.startswith("state:")
        or actor in NOT_ENABLED_REPORTERS
        or actor in JOURNALISM
        or (a and a.kind in ("armed-group", "force"))
    )


THE_COMMITTEE = re.compile(r"\s+the\s+Committee\b(?!\s+(?:of|on|for|against)\b|\s+[A-Z])")


def directed(ctx: Context, at: int, end: int) -> str | None:
    """Who "directs", "instructs" or "requires" (ending at ctx.text[at]) gives the rest of the clause to
    (up to end): the actor named right after it ("and directs the Monitoring Team to report"), or the
    committee named last for "the Committee" ("directs the Committee to undertake its tasks to this effect
    and to report to the Security Council within thirty days"), else the speaker's committee (organs.yaml
    `committee`); None when none is named there ("Requires
    any State, when it undertakes an inspection ..., to submit to the Committee")."""
    text = ctx.text
    found = ctx.actors(at, min(end, at + 120))
    if found and found[0][1] <= at + 40:
        return actor_as_panel(found[0][0], text[found[0][1] : found[0][2]], ctx)
    if THE_COMMITTEE.match(text, at, end):
        organ = ctx.v.organs.get(ctx.speaker or "")
        return committee_named_last("Committee", ctx) or (organ.committee if organ else None)
    return None


@lru_cache(maxsize=64)
def _lists_reports(paragraph: str) -> bool:
    """Whether a paragraph has the head of a list of reports (once per paragraph, not per clause: a
    paragraph of a thousand clauses stays linear)."""
    return bool(FOLLOWING.search(paragraph))


def from_items(ctx: Context, start: int, end: int, cuts: list[tuple[int, tuple[str, ...] | None]]) -> bool:
    """Add to cuts (sorted) an item of a list of reports opening with the one it is from ("a. from the GFRS,"),
    None for who when that one is not an actor the vocabulary knows; whether the clause begins with the head
    of such a list (which then asks for no report of its own)."""
    if not _lists_reports(ctx.text):
        return False
    found: list[tuple[int, tuple[str, ...] | None]] = []
    for m in FROM_ITEM.finditer(ctx.text, start, end):
        who = ctx.actors(m.end(), min(end, m.end() + 120))
        at = max(start, m.start())
        if who and who[0][1] <= m.end() + 2:
            found.append((at, (actor_as_panel(who[0][0], ctx.text[who[0][1] : who[0][2]], ctx),)))
        else:  # "c. from organisations and states listed in paragraph 34.c": the item's actors, read once all
            # paragraphs are known (listed_refs.py), or none, rather than a wrong one
            mark = listed_refs.mark_of(ctx.text, m.end())
            found.append((at, (mark,) if mark else None))
    if not found:
        return False
    cuts += found
    cuts.sort(key=lambda c: c[0])
    return bool(FOLLOWING.search(ctx.text, start, cuts[1][0])) if len(cuts) > 1 else False
