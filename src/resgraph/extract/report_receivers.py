"""Who receives a report and through whom: the receiving organ named, implied ("to it", "the
Council") or found by the body the document is about; the reading context of a clause.

Split from reports.py, which finds the reports themselves; this module knows the vocabulary's
organs and actors, reports.py the wording of requests and deadlines.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from resgraph.extract import report_outcome, report_session_receiver
from resgraph.extract.report_not_received import not_received
from resgraph.extract.report_receiver_names import Intervals, before_topic, in_topic, over_organ, to_own_organ
from resgraph.extract.report_receiver_tails import (
    OWN_SESSION,
    loose_sessions,
    loosely_joined,
    own_cycles,
    own_sessions,
    relayed,
    unnamed_first,
)
from resgraph.extract.report_receiver_tails import joined as _joined
from resgraph.extract.report_sessions import (
    ANOTHER_VERB,
    SESSION_OF,
    by_year,
    named_session,
    next_session_of,
    other_task,
    session_fields,
    session_numbers,
    session_phrase,
)
from resgraph.extract.symbols import ORDINAL
from resgraph.extract.term_panels import PANEL_WORDS
from resgraph.models import Block, Paragraph
from resgraph.vocab import Vocabulary

NATIONAL = ("States", "MemberStates", "StatesParties", "CivilSociety", "Stakeholders", "Donors")

# --- to whom, through whom
GENERIC_ORGAN = re.compile(
    r"\b(?:to|inform|update|brief|provide)(?: [a-z]+ly)? the (Assembly|Council|Commission|Conference|Committee)\b(?!\s+(?:of|for|on|against)\s+(?:the\s+)?[A-Z]|\s+[A-Z])"
)

TO_IT = re.compile(r"\b(?:to|update|inform|brief)\s+(?:it|the\s+Council\s+members)\b")

RECEIVER_LEAD = re.compile(
    # "to the Fourteenth United Nations Congress on Crime Prevention" (its number: report_sessions.named_session)
    # (or its year: "to the 2020 Meeting of the High Contracting Parties to the Convention", A/RES/75/85 op 7 (c))
    # (or the meeting it is presented at: "an overview ... for presentation at the Fourteenth Congress", A/RES/74/171 op
    # 21; "in a report for consideration at the Seventh Biennial Meeting of States", A/RES/74/60 op 26)
    rf"(?:(?:\bto|\bfor\s+(?:presentation|consideration)\s+at)\s+(?:both\s+)?(?:the\s+)?(?:(?=[A-Z])(?i:{ORDINAL})\s+|(?:19|20)\d\d\s+)?(?:United\s+Nations\s+|UN\s+)?"
    # ("to all"/"for all" before "UN Member States" too: "an oral briefing ... to all UN Member States", S/2024/255 op 2)
    r"|\b(?:for|to)\s+all\s+(?:interested\s+)?(?:United\s+Nations\s+|UN\s+)?"
    # (past an adverb: "to update regularly the Security Council and the Secretary-General of the progress of
    # deployment", S/RES/2699 (2023) op 4, 2751 (2024) op 1; "to update regularly the Committee", 1698 (2006) op 4)
    # (or past a qualifier: "to brief, as appropriate, the 1540 Committee", S/RES/2319 (2016) op 9)
    # (one run of spaces after the verb, or the qualifier's own: "\s*" before an adverb's "\s+" read a run two ways)
    r"|\b(?:update|updating|brief|briefing|inform|informing|provide)(?:\s+(?:[a-z]+ly\s+)?|,\s+[a-z][^,;:()]{0,50}?,\s+)"
    # (the body whose chair is briefed: "to brief the Chairman of the Committee to inform his mission", 1425 op 10)
    r"(?:the\s+)?(?:(?:Chair|Chairman|Chairperson|Chairs|Co-Chairs)\s+of\s+(?:the\s+)?)?"
    # "briefings, at least once a year, for Member States"; "to conduct regular briefings with Member States on its
    # activities" (A/RES/75/233 op 84, 79/226 op 97): the Member States briefed, as "for" (heldout13 15 op 59)
    r"|\bbriefings\b(?:,[^;,]{0,40},)?\s+(?:for|with)\s+(?:interested\s+)?"
    # the receiver after a comma that closes a shared object: "regularly consult with, and report to, Member States on
    # the United Nations Decade of Ocean Science" (the yearly oceans texts, A/RES/74/19 op 303 to A/RES/80/110)
    r"|\breport\s+to,\s+(?:the\s+)?"
    # the body that considers it: "a joint report ..., to be considered by the CTC, as well as the General Assembly"
    r"|(?:,\s+to\s+be\s+considered|\bfor\s+(?:its\s+)?consideration)\s+by\s+(?:the\s+)?"
    # "to report on progress at the annual sessions of the Commission" (E/RES/2022/16 op 0 (c)(v))
    r"|\bat\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:annual|regular|ordinary)\s+sessions?\s+of\s+(?:the\s+)?"
    # "to report at appropriate reviews and meetings of the Economic and Social Council" (E/RES/2022/16 op 0 (b)(xvi)),
    # right after the verb (not "a structured dialogue ... at the meetings of the Preparatory Committee", A/RES/79/35)
    r"|\b(?:report|brief|update)\w*\s+(?:\w+ly\s+)?at\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,3}?meetings\s+of\s+"
    r"(?:the\s+)?)$"
)
PROVIDE_LEAD = re.compile(r"\bprovide\s+(?:the\s+)?$")  # "provide the Council by 15 September a report"
PROVIDED_WITH = re.compile(
    r"[^;]{0,60}?\bwith\s+(?:(?:a|an|one|its|their|his|her)\s+(?:[\w-]+\s+){0,2}report|(?:[\w-]+\s+){0,2}updates\b)"
)
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")  # between a receiver and the organ it belongs to
AUTHOR_OF = re.compile(r"\s+(?:[Rr]eports?|Review|Outlook)\b")  # a publication of the body named
CITED = re.compile(r"\s+(?:resolutions?|decisions?)\s+\d")

# not "including through the Inter-Agency Coordination Group" (a means), nor "through briefings to the Security
# Council" (the briefings' receiver), nor "all States contributing through the CGPCS to the fight against piracy"
# (the reporters' own channel, S/RES/1897 (2009) op 16 and the piracy resolutions after it)
THROUGH_LEAD = re.compile(
    r"(?<!including\s)(?<!contributing\s)(?<!acting\s)(?<!working\s)(?<!participating\s)\bthrough\s+(?:the\s+|its\s+)?(?:(?!to\b|including\b)[\w-]+\s+){0,4}?(?:of\s+the\s+)?$"
)

# the channel of keeping an organ informed, which the reports asked with it by a verb of their own take too: "to keep
# the Security Council regularly informed, through the Secretary-General, on ..., and to report to the Council, through
# the provision of oral updates and ... written reports" (S/RES/2431 op 9; "and report", 2297 op 18, was read so)
KEPT_THROUGH = re.compile(r"\b(?:informed|updated|apprised),?\s+through\s+(?:the\s+|its\s+)?$")


@dataclass
class Context:
    """What reading a clause needs from its paragraph and document."""

    text: str  # the whole paragraph
    paragraph: Paragraph
    block: Block
    v: Vocabulary
    speaker: str | None  # the organ whose text this is
    adopted: str | None
    actors: Callable[[int, int], list[tuple[str, int, int]]]  # actors named in text[a:b] (paragraph offsets)
    last_named: Callable[[], list[str]]  # actors named so far, the latest first
    op: int = 0  # the operative paragraph a sub-paragraph belongs to
    panel: str | None = None  # the panel the document is about, for "the Panel of Experts"
    before: tuple[str, ...] = ()  # the addressees of the paragraph's clause before this one
    received: dict[str, tuple[str, ...]] = field(default_factory=dict)  # reporter -> its receivers of a clause before
    lead: str = ""  # for a sub-paragraph, the text of its operative paragraph (what a review's outcome is of)


# "to continue to engage with the Commission on the Status of Women, including by participating in its work and
# formally reporting to it" (A/HRC/RES/56/22 op 12, 59/14 op 5): "it" is the body engaged with
ENGAGED_WITH = re.compile(
    r"\b(?:engage|engages|engaging|engagement|interact|interacts|interacting)\s+with\s+(?:the\s+)?$"
)


def _speaker_actor(ctx: Context) -> str | None:
    """The actor of the organ whose text this is (the receiver of a report that names none)."""
    return ctx.v.actor_of_organ(ctx.speaker)


def _it(ctx: Context, named: list[tuple[int, int, str, str]], a: int, at: int) -> list[tuple[int, int, str]]:
    """The receiver "to it" (at ctx.text[at]) stands for: the body the reporter engages with, named before it
    in the scope (from a), else the organ that speaks ("to provide to it a report"); [] when there is none."""
    engaged = [x for x in named if x[1] <= at and ENGAGED_WITH.search(ctx.text, max(a, x[0] - 40), x[0])]
    if engaged:
        return [(at, at, engaged[-1][2])]
    own = ctx.v.actor_of_organ(ctx.speaker)
    return [(at, at, own)] if own else []


def read_receivers(ctx: Context, a: int, b: int, f: dict, at: int, words: str = "") -> None:
    """Fill the report fields `f` with who receives the report (words) asked for at ctx.text[at], read in text[a:b]:
    to (and explicit_to), receivers (each of several; a later one's own cycle where the report has one: "and annually
    to the General Assembly"), through, the session(s) with their year and organ, recurrence "sessions" where several
    are named; and by, where the reporter is the receiver ("a final report to the Committee"): the clause before's
    addressee."""
    text, v, speaker = ctx.text, ctx.v, ctx.speaker
    named = _organs_named(ctx, a, b)  # (start, end, organ-or-actor id, kind)
    receivers: list[tuple[int, int, str]] = []
    through = None
    loose = False  # a receiver joined past the first's topic (report_receiver_tails.LOOSE_JOIN)
    for s, e, oid, kind in named:
        if receivers and OF_THE.fullmatch(text, receivers[-1][1], s):  # "to the Third Committee of the General
            receivers[-1] = (receivers[-1][0], e, receivers[-1][2])  # Assembly at its eightieth session and to the
            continue  # Council at its sixty-first session" (A/HRC/RES/58/20 op 54): the receiver's name goes on
        lead = text[max(a, s - 64) : s]  # "through the established working methods of the Committee"
        if (
            through is None
            and "through" in lead
            and THROUGH_LEAD.search(lead)
            and re.search(r"\bthrough\b(?!\s+(?:which|whom)\b)", lead)
            and not oid.startswith("state:")
            and oid not in NATIONAL + ("InternationalOrganizations",)
            and text[e : e + 2] not in ("’s", "'s")  # "through a workplan for the Special Envoy's work"
            and not AUTHOR_OF.match(text, e)  # "through the International Maritime Organization report": its author
            and not (e <= at and ANOTHER_VERB.search(text, e, at) and not KEPT_THROUGH.search(lead))
        ):
            through = (s, e, oid)
            continue
        # "to the Security Council and troop-contributing countries": a second receiver joined to the first
        follows = bool(receivers) and _joined(text, receivers[-1][1], s)
        receives = (
            (RECEIVER_LEAD.search(lead) or follows or report_outcome.provided_with(text, lead, e, at))
            and text[e : e + 2] not in ("’s", "'s")
            # "mindful of the annex to Economic and Social Council resolution 1980/67": the organ's text cited
            and not (text[s:e].endswith(("Council", "Assembly")) and CITED.match(text, e))
            and _can_receive(oid, v)
            and not not_received(lead, oid, text[e : e + 12])
            and not other_task(text, lead, e, at)
            # (not a State named in the report's topic: "a detailed report ... reflecting ... or to the Government")
            and (bool(receivers) or not oid.startswith("state:") or not in_topic(text, at, s))
            # "provide the Secretary-General, by 30 April annually, with a report", not "provide Member
            # States with full details"; a committee is provided what it is briefed on ("to provide
            # the Committee an update on actions taken", "provide the Committee established pursuant
            # to resolutions 1267 (1999) and 1989 (2011) on a quarterly basis oral briefings")
            and (
                kind == "organ"
                or _is_committee(oid, v)
                or not PROVIDE_LEAD.search(lead)
                or PROVIDED_WITH.match(text, e)
            )
        )
        if receives and (
            not receivers
            or _joined(text, receivers[-1][1], s)
            or relayed(text, receivers, through, s)
            or (loose := loosely_joined(text, receivers[-1], (s, oid), v, named))
        ):
            receivers.append((s, e, oid))
        elif receives and receivers[-1][2] == oid and RECEIVER_LEAD.search(lead) and OWN_SESSION.match(text, e):
            # "a report to the Economic and Social Council ..., as part of his annual reporting to the Council at the
            # operational activities for development segment during its 2023 session, and to the Assembly at its
            # seventy-eighth session" (A/RES/77/184 op 11): the receiver named again, with its session
            receivers[-1] = (receivers[-1][0], e, oid)
    # "a briefing ..., before the next session of the Committee"
    receivers = receivers or next_session_of(text, named, at, lambda oid: _can_receive(oid, v))
    it = TO_IT.search(text, a, b)
    if it and (not receivers or it.start() < receivers[0][0]):  # "to provide to it a report ... to the Government"
        receivers = _it(ctx, named, a, it.start()) or receivers
    # "a report at its sixtieth session, and to present the report to the General Assembly": the organ that speaks first
    receivers = unnamed_first(text, at, receivers, _speaker_actor(ctx))
    # "through the Commission at its thirty-fifth session and to submit a report to the General
    # Assembly at its eighty-first session": the session after the report, when one follows it
    sess = session_phrase(text, a, b, at)
    numbers: tuple[int, ...] = ()
    session_organ = None
    if sess:
        numbers = session_numbers(sess)
        before = [x for x in named if x[1] <= sess.start()]
        after = next((x for x in named if x[0] >= sess.end()), None)
        if after and SESSION_OF.fullmatch(text, sess.end(), after[0]):  # "the eightieth session of the Assembly"
            session_organ = organ_of(after[2], v)
            receiving = organ_of(receivers[0][2] if receivers else _speaker_actor(ctx), v)
            if receiving and receiving != session_organ and v.calendar(receiving):
                numbers = ()  # "briefings to the Council ... on the resolution to be negotiated at the seventy-seventh
                # session of the General Assembly": another organ's session, not the report's
        else:
            session_organ = organ_of(before[-1][2], v) if before else None
    to = receivers[0][2] if receivers else None
    f["explicit_to"] = to
    if to is not None and f.get("by") == to and ctx.before:  # "requests also a final report to the Committee"
        f["by"] = ctx.before[0]
    if to_own_organ(text, at, receivers):  # "to their respective governing bodies": each reporter's own organ
        to, f["to_reporter"] = f.get("by") or to, True  # (reports._built), not the actor named last
    if to is None:  # a report that names no receiver goes to the organ that asks for it, or another's session's
        to = report_session_receiver.unnamed(text, sess, session_organ, speaker, v)
    organ_id = session_organ or organ_of(to, v) or speaker
    organ = v.calendar(organ_id)
    numbers = numbers or named_session(text, receivers, organ)  # "to the Fifteenth Congress"
    numbers = by_year(text, ctx.adopted, (a, b, at), organ, numbers, receivers, f)
    f["to"] = to
    f["receivers"] = [r[2] for r in receivers] if len(receivers) > 1 else None
    f["receiver_sessions"] = (
        loose_sessions(text, receivers, lambda r: named_session(text, [r], v.calendar(r[2])))
        if loose and len(receivers) > 1
        else own_sessions(text, receivers)
    )
    f["receiver_every"] = f.get("every") and own_cycles(text, (a, b), receivers, v, (words, ctx.adopted))
    f["through"] = through[2] if through else None
    if through and len(receivers) > 1 and relayed(text, receivers[:1], through, receivers[1][0]):
        f["through"], f["receiver_through"] = None, [None, through[2]]  # the report to the first goes through none
    f.update(session_fields(organ, numbers, ctx.adopted))
    if len(numbers) > 1 and not f.get("every"):
        f["recurrence"] = "sessions"


# who is named after "to" without receiving a report: "external support to the M23"; cases reported to the police
# ("encourage them to report to the appropriate authorities cases in which", A/RES/75/160 op 14: no report due)
NO_RECEIVER_KINDS, NO_RECEIVERS = ("armed-group", "force"), ("PartiesToConflict", "NationalAuthorities")


def _can_receive(actor: str, v: Vocabulary) -> bool:
    a = v.actors.get(actor)
    return actor not in NO_RECEIVERS and not (a and a.kind in NO_RECEIVER_KINDS)


def _is_committee(actor: str, v: Vocabulary) -> bool:
    """A committee ("the Committee established pursuant to resolution 1267 (1999)", the Committee on
    Information): it receives what it is provided, as an organ does."""
    a = v.actors.get(actor)
    return bool(a and (a.kind == "committee" or "the Committee" in a.contextual))


def organ_in(text: str, v: Vocabulary) -> str | None:
    """The actor of the first organ named by a specific name in text ("to the General Assembly at its eightieth
    session"), None where none is."""
    named = [(m.start(), actor) for actor, name, rx in _organ_names(v) if name in text and (m := rx.search(text))]
    return min(named)[1] if named else None


def organ_of(actor: str | None, v: Vocabulary) -> str | None:
    """The organ whose actor `actor` is, or the actor itself where it has a session calendar of
    its own (vocab.calendars: "the Commission for Social Development at its sixty-first session")."""
    if actor is None:
        return None
    return _organ_by_actor(v).get(actor) or (actor if actor in v.calendars else None)


@lru_cache(maxsize=4)
def _organ_by_actor(v: Vocabulary) -> dict[str, str]:
    return {o.actor: oid for oid, o in v.organs.items() if o.actor}


@lru_cache(maxsize=4)
def _organ_names(v: Vocabulary) -> tuple[tuple[str, str, re.Pattern], ...]:
    """(organ actor, name, pattern) of every organ's specific names ("the Council" is generic),
    each once."""
    pairs = dict.fromkeys(
        (organ.actor or oid, name)
        for oid, organ in v.organs.items()
        for name in (organ.label,) + organ.names
        if not name.startswith("the ")
    )
    return tuple((actor, name, re.compile(r"\b" + re.escape(name) + r"\b")) for actor, name in pairs)


def _organs_named(ctx: Context, a: int, b: int) -> list[tuple[int, int, str, str]]:
    """Organs and actors named in text[a:b], in order: specific organ names, "the Council"
    (the speaker if it is one, else the one named last), and the vocabulary's actors. A name
    inside or over one found before is left out: asked by bisection, not of every name found
    (quadratic in a scope naming many)."""
    text, v = ctx.text, ctx.v
    out: dict[int, tuple[int, int, str, str]] = {}
    for actor, name, rx in _organ_names(v):
        first = text.find(name, a, b)  # where a match can begin: one fast scan, most scopes name no organ
        if first < 0:
            continue
        for m in rx.finditer(text, first, b):
            if m.start() not in out or m.end() > out[m.start()][1]:
                out[m.start()] = (m.start(), m.end(), actor, "organ")
    organs = Intervals(out.values())
    generic_end = -1  # the generic names start in order: one covers s iff the furthest end is past it
    for m in GENERIC_ORGAN.finditer(text, a, b):
        s = m.start(1) - 4  # "the "
        if s < generic_end or organs.covers(s):
            continue
        named = _generic_named(m.group(1), ctx)
        if named:
            out[s] = (s, m.end(), *named)
            generic_end = max(generic_end, m.end())
    # the actors come in order and apart, so only the organs and generic names can hold one
    taken = Intervals(out.values())
    # "to the Security Council Committee established pursuant to resolutions 1267 (1999) ...": an organ's name
    # right before an actor's opens the actor's name, no receiver of its own (S/RES/2331 (2016) op 14)
    organ_ends = {x[1]: x[0] for x in out.values() if x[3] == "organ"}
    for actor, s, e in ctx.actors(a, b):
        if (o := organ_ends.get(s - 1)) is not None and text[s - 1] == " " and out[o][1] == s - 1:
            out[o] = (o, e, actor_as_panel(actor, text[s:e], ctx), "actor")
            continue
        if over_organ(out, s, e):  # "through the Security Council Committee established by paragraph 14 of ..."
            out[s] = (s, e, actor_as_panel(actor, text[s:e], ctx), "actor")
            continue
        # a contextual name whose article stands before the organ's name it opens ("to the Conference of the Parties to
        # the Agreement", A/RES/78/272 op 12: BBNJCOP, not the organized crime convention's Conference of the Parties)
        if text.startswith("the ", s) and over_organ(out, s + 4, e):
            del out[s + 4]
            out[s] = (s, e, actor_as_panel(actor, text[s:e], ctx), "actor")
            continue
        if not (taken.covers(s) or taken.starts_between(s, e)):
            out[s] = (s, e, actor_as_panel(actor, text[s:e], ctx), "actor")
    # "To report to the Special Committee on measures taken": a short name before the report's topic
    for actor, s, e in before_topic(text, a, b, out.values(), v, ctx.last_named):
        out[s] = (s, e, actor_as_panel(actor, text[s:e], ctx), "actor")
    return [out[k] for k in sorted(out)]


def actor_as_panel(actor: str, words: str, ctx: Context) -> str:
    """`actor` as the document means it: the document's own panel (ctx.panel) where the vocabulary read
    `words` ("the Panel of Experts", "the Monitoring Team") as the generic SanctionsCommittee, which
    every sanctions regime has; else `actor` unchanged. Shared by the receivers and the reporters, so
    that a panel is the same actor whether it reports or is reported to."""
    if actor == "SanctionsCommittee" and ctx.panel and PANEL_WORDS.search(words):
        return ctx.panel
    return actor


def committee_named_last(noun: str, ctx: Context) -> str | None:
    """The actor "the Committee" stands for (where no organ answers to the noun): the committee named
    last in the document (ctx.last_named) that the vocabulary lets "the Committee" stand for (its
    contextual aliases); None for any other `noun` ("Council", "Assembly": the organs' business) or when
    no such committee was named. Shared by the receivers ("report to the Committee") and the reporters
    ("directs the Committee to report"), so both read it as the same body."""
    if noun != "Committee":
        return None
    v = ctx.v
    return next((x for x in ctx.last_named() if x in v.actors and "the Committee" in v.actors[x].contextual), None)


def _generic_named(noun: str, ctx: Context) -> tuple[str, str] | None:
    """(actor, "organ" or "actor") that "the Council", "the Commission" or "the Committee" stands for: the
    speaker if it is called so (the Human Rights Council writing "to the Council"), else the body named last
    in the document that the short name may stand for (an organ of that noun, or an actor whose contextual
    aliases hold "the Commission": the Peacebuilding Commission in a Security Council text, A/RES/80/11 op 2),
    else the organ called so by default; None when none is (not the first organ of that noun: "brief the
    Commission" in a Security Council text is no crime commission)."""
    v, speaker = ctx.v, ctx.speaker
    cands = [oid for oid, o in v.organs.items() if noun in o.label.split()]
    by_actor = _organ_by_actor(v)
    if speaker in cands:
        return v.organs[speaker].actor or speaker, "organ"
    short = "the " + noun
    for a in ctx.last_named():
        if by_actor.get(a) in cands or (a in v.actors and short in v.actors[a].contextual):
            return a, "organ" if a in by_actor else "actor"
    oid = next((oid for oid in cands if short in v.organs[oid].names), None)
    return (v.organs[oid].actor or oid, "organ") if oid else None
