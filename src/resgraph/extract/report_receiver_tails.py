"""What a report's receiver carries of its own before the next receiver: its session, segment, dialogue or cycle.

The General Assembly and the Human Rights Council send one report to two organs, each at its own session, and
say what goes with each receiver right after it: "to submit to the Human Rights Council at its relevant session and
to the General Assembly at its seventy-ninth session a comprehensive report" (A/RES/77/220 op 21), "to the Human
Rights Council, and to the General Assembly at its seventy-eighth, seventy-ninth and eightieth sessions, a report"
(A/RES/77/209 op 49), "as part of his annual reporting to the Council at the operational activities for development
segment during its 2023 session, and to the Assembly at its seventy-eighth session" (the Assembly's yearly follow-up
of the quadrennial comprehensive policy review, A/RES/77/184 op 11), "to the Human Rights Council at its sixty-second
session, to be followed by an enhanced interactive dialogue with ..., and to the General Assembly at its eightieth
session" (A/HRC/RES/59/1 op 4), "to the Human Rights Council as of its sixty-fourth session, in an enhanced
interactive dialogue, and to the General Assembly as of its eighty-second session" (60/2 op 26). Each is two
reports, one to each receiver at that receiver's own sessions (tests/mandate_gold/README.md, "What counts").

A later receiver may also have a cycle of its own, said between its "and" and its "to": "to report to the Human Rights
Council in accordance with its programme of work and annually to the General Assembly" (A/HRC/RES/54/10 op 2: the
Assembly's yearly, the Council's none).

report_receivers.py reads the receivers; this module reads the tail between two of them (whether the second is
joined to the first) and each receiver's own sessions and cycle. Nothing here raises.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from resgraph.extract import report_times
from resgraph.extract.addressees import TO_VERB
from resgraph.extract.deadlines import CYCLE_SAID
from resgraph.extract.symbols import ORDINAL, ordinal
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases, unnamed

# an ordinal session number ("sixtieth", "seventy-eighth"), as report_receivers reads a session's numbers too
ORDINAL_RE = re.compile(ORDINAL, re.I)

# spaces with at most one comma before a word: "\s*,?\s*" read once (possessive; what follows is no space nor comma, so
# the same texts match), not split anew at each space of a run (quadratic)
_SEP = r"(?:\s*+,)?+\s*+"
# a session that is each receiver's own: "at its sixtieth session", "at its seventy-eighth, seventy-ninth and
# eightieth sessions", "during its 2023 session", "as of its sixty-fourth session", "at its relevant session"
_SESSION = (
    r"(?:at|during|as\s+of|starting\s+(?:from|with|at)|beginning\s+(?:with|at))\s+(?:both\s+)?(?:its|their)\s+"
    rf"(?:(?P<numbers>(?:{ORDINAL})(?:(?:\s*+,\s*+|(?:\s*+,)?+\s++and\s++)(?:its\s+)?(?:{ORDINAL}))*)|(?P<year>(?:19|20)\d\d)"
    r"|relevant|next|forthcoming|appropriate|respective|upcoming)\s+(?:regular\s+|substantive\s+|annual\s+)?sessions?\b"
)
# "at the operational activities for development segment", before the session or alone
_SEGMENT = r"(?:at|during)\s+(?:the\s+|its\s+)(?:[\w-]+\s+){1,6}?segment\b"
# "followed by an interactive dialogue", "to be followed by an enhanced interactive dialogue with the participation
# of, inter alia, the Special Rapporteur, ..., civil society and other relevant stakeholders", "in an enhanced
# interactive dialogue": the dialogue the report is presented in, up to the next receiver
_DIALOGUE = r"(?:(?:to\s+be\s+|both\s+to\s+be\s+)?followed\s+by|in)\s+an?\s+(?:enhanced\s+)?interactive\s+dialogue\b[^;]{0,300}?"
# a receiver's own timing said as its programme of work, and a second receiver's own cycle before its "to": "to report
# to the Human Rights Council in accordance with its programme of work and annually to the General Assembly"
# (A/HRC/RES/54/10 op 2, heldout40 27: a report to each, the cycle the Assembly's alone: own_cycles)
_PROGRAMME = r"in\s+accordance\s+with\s+(?:its|their)\s+(?:respective\s+)?(?:annual\s+)?programmes?\s+of\s+work"
OWN_SESSION = re.compile(rf"(?:{_SEP}{_SEGMENT})?{_SEP}{_SESSION}", re.I)
# between two receivers: "and to the", ", and also to the", "as well as to"; "and, as appropriate, in parallel to"
# (S/RES/1803 (2008) op 18, 2231 (2015) op 4); past a qualifier of the second: "to provide detailed reporting on the
# findings ... to the Security Council and relevant Member States" (S/RES/2436 (2018) op 11, heldout45 19: a report to
# each) (the qualifiers are data: ontology/vocab/reports.yaml `joined_receiver_qualifiers`)
_AND_TO = (
    r"\s*(?:,\s*)?(?:and|as\s+well\s+as)(?:\s*,\s*as\s+appropriate\s*,)?\s+(?:also\s+)?(?:in\s+parallel\s+|simultaneously\s+)?"
    rf"(?:to\s+|{CYCLE_SAID}\s+to\s+)?(?:the\s+|all\s+)?(?:(?:{phrases(load().reports['joined_receiver_qualifiers'])})\s+)?"
)
_OWN = unnamed(rf"(?:{_SEP}{_SEGMENT})?(?:{_SEP}{_SESSION})?(?:{_SEP}{_PROGRAMME})?")  # twice in JOIN
# a second receiver named by its session, with its own "to": "to submit an annual report to the Economic and Social
# Council, and to the subsequent session of the General Assembly" (A/RES/79/203 op 18, 80/136 op 22), "to submit a
# written report to the Council at its fifty-seventh session and to the seventy-ninth session of the General Assembly"
# (A/HRC/RES/54/31 op 46, heldout29 29: a report to each, the Assembly's at its seventy-ninth session, PRE_SESSION)
_AND_TO_SESSION = (
    r"\s*(?:,\s*)?(?:and|as\s+well\s+as)\s+(?:also\s+)?to\s+the\s+"
    rf"(?:{ORDINAL}|subsequent|next|following|forthcoming|upcoming)\s+(?:regular\s+)?session\s+of\s+(?:the\s+)?"
)
# the session so named right before a receiver's name ("the seventy-ninth session of the General Assembly"): its own
PRE_SESSION = re.compile(rf"\bthe\s+(?P<numbers>{ORDINAL})\s+(?:regular\s+)?session\s+of\s+(?:the\s+)?$", re.I)
# past a dialogue, only a receiver said with its own "to" ("..., and to the General Assembly"), not one more of the
# dialogue's participants ("an enhanced interactive dialogue, which should also include the participation of the High
# Commissioner and civil society", A/HRC/RES/58/1 op 20)
# the same report handed on to a second receiver: "to submit a report thereon to the General Assembly at its
# eighty-first session, and also to transmit the report to the Conference on Disarmament" (A/RES/80/49 op 13 and its
# yearly twins), "to present a report to the Human Rights Council at its sixty-third session, and to present that
# report, in combination with an oral update, to the General Assembly at its eighty-first session" (A/HRC/RES/60/2 op
# 33): a report to each (not "the report of the Group", another report)
# (the verbs are data: ontology/vocab/reports.yaml `handed_on`)
_HANDED_ON = (
    rf"{_SEP}and\s+(?:also\s+|further\s+|then\s+)?(?:to\s+)?(?:{phrases(load().reports['handed_on'])})\s+"
    r"(?:it|them|(?:that|this|these|those|such)\s+reports?|the\s+(?:same\s+)?reports?)(?:\s*,[^;,]{1,80},)?\s+"
    r"(?:also\s+)?to\s+(?:the\s+)?"
)
JOIN = re.compile(
    rf"{_OWN}{_AND_TO}|{_OWN}{_AND_TO_SESSION}|{_OWN}{_SEP}{_DIALOGUE}(?<!\s){_SEP}and\s+(?:also\s+)?to\s+(?:the\s+)?|{_OWN}{_HANDED_ON}",
    re.I,
)


# a list of receivers by commas, closed by "and": "to report at appropriate reviews and meetings of the Economic and
# Social Council, the high-level political forum on sustainable development and other relevant forums" (E/RES/2022/16
# op 0 (b)(xvi), heldout4, and its yearly twins), "shall provide to UNMOVIC, the IAEA, and the Council" (S/RES/1441
# (2002) op 3): a comma joins two receivers where the list goes on to its "and" (not past a clause's end)
LIST_COMMA = re.compile(r"\s*,\s*(?:to\s+)?(?:the\s+)?")
LIST_GOES_ON = re.compile(
    r"[^;:,]{0,100}?(?:,\s*|\s+)(?:and|as\s+well\s+as)\s+(?:to\s+)?(?:the\s+|all\s+|other\s+)?[\w-]"
)


def joined(text: str, end: int, s: int) -> bool:
    """Whether a receiver starting at text[s] is joined to the one ending at text[end]: "and to" right after it
    ("to the Security Council and troop-contributing countries") or past what the first carries of its own (its
    session, segment and the dialogue it is presented in: "to the Human Rights Council at its sixtieth session, to be
    followed by an interactive dialogue, and to the General Assembly"), or a comma of a list that goes on to its
    "and" ("to UNMOVIC, the IAEA, and the Council")."""
    return end <= s and (
        JOIN.fullmatch(text, end, s) is not None
        or (LIST_COMMA.fullmatch(text, end, s) is not None and LIST_GOES_ON.match(text, s) is not None)
    )


# "shall report to the SRSG on the delivery of UNSOS' mandate set out above, and through the SRSG to the Security
# Council" (S/RES/2245 (2015) op 4): a second report, to the Council, through the first receiver
RELAY = re.compile(r"\s+to\s+(?:the\s+)?")


def relayed(text: str, receivers: list[tuple[int, int, str]], through: tuple[int, int, str] | None, s: int) -> bool:
    """Whether a receiver starting at text[s] gets the report through the receiver before it, named again as the
    through right before it ("to the SRSG ..., and through the SRSG to the Security Council")."""
    return bool(
        receivers
        and through
        and through[0] > receivers[0][1]
        and through[2] == receivers[0][2]
        and RELAY.fullmatch(text, through[1], s)
    )


# a second organ past what the report to the first carries (its topic, the use made of it), after a comma and its
# own "to": "to report to the Commission on Crime Prevention and Criminal Justice at its session following the meeting
# of the open-ended intergovernmental expert group on the outcome of that meeting, as well as to the General Assembly,
# as appropriate" (A/RES/77/232 op 12, heldout31), "to present a report to the Commission ... for consideration at its
# twenty-ninth session, as well as to the Fourteenth United Nations Congress on Crime Prevention and Criminal Justice"
# (A/RES/74/170 op 11), "to submit an annual report to the Human Rights Council on all activities relating to its
# mandate, and to the General Assembly" (A/HRC/RES/54/26 op 6): a report to each; only where both are organs (calendar
# bodies) and no task of another verb stands between (report_receivers checks)
LOOSE_JOIN = re.compile(
    r"\s+[^;:()]{1,200}?,\s*(?:and|as\s+well\s+as)\s+(?:also\s+)?to\s+(?:the\s+)?"
    rf"(?:(?:{ORDINAL})\s+|(?:19|20)\d\d\s+)?(?:United\s+Nations\s+)?",
    re.I,
)
_VERB_BETWEEN = re.compile(r"\b" + TO_VERB + r"[a-z]*\b(?<!ing)|\bwhich\b|\bwho\b")


def loosely_joined(
    text: str,
    last: tuple[int, int, str],
    new: tuple[int, str],
    v: Vocabulary,
    named: Sequence[tuple[int, int, str, str]] = (),
) -> bool:
    """Whether the receiver `new` (start, id) is a second one joined to `last` (start, end, id) past the first's
    topic (LOOSE_JOIN: "to the Human Rights Council on all activities relating to its mandate, and to the General
    Assembly"): both bodies with sessions of their own (Vocabulary.calendar), and no other infinitive, nor a
    relative clause, between them; nor an organ of those named (named: (start, end, id, kind)) in the first's topic,
    which the "and to" may be parallel to ("a report to the General Assembly ... on the advice given by the
    Peacebuilding Commission to the Security Council, and to the Economic and Social Council": the advice goes to
    ECOSOC, the report does not)."""
    end, s = last[1], new[0]
    return (
        end <= s
        and v.calendar(last[2]) is not None
        and v.calendar(new[1]) is not None
        and LOOSE_JOIN.fullmatch(text, end, s) is not None
        and _VERB_BETWEEN.search(text, end, text.rfind(",", end, s)) is None
        and not any(end <= n[0] < s and v.calendar(n[2]) is not None for n in named)
    )


# a session said anywhere in a loosely joined receiver's tail, up to the next receiver (loose_sessions)
_OWN_IN_TAIL = re.compile(_SESSION, re.I)


def loose_sessions(
    text: str, receivers: list[tuple[int, int, str]], named: Callable[[tuple[int, int, str]], tuple[int, ...]]
) -> list[tuple[int, ...]]:
    """The sessions of each of receivers loosely joined (LOOSE_JOIN): those said in its own tail, up to the next
    receiver ("to the Commission ... for consideration at its twenty-ninth session, as well as to the Fourteenth
    United Nations Congress": (29,) for the Commission), else those its name carries (named: "the Fourteenth ...
    Congress", (14,)); () for none (the report's session is not every receiver's)."""
    out = []
    for i, r in enumerate(receivers):
        end = receivers[i + 1][0] if i + 1 < len(receivers) else len(text)
        m = OWN_SESSION.match(text, r[1]) if i + 1 == len(receivers) else _OWN_IN_TAIL.search(text, r[1], end)
        out.append((_numbers(m) if m else ()) or named(r))
    return out


def _numbers(m: re.Match) -> tuple[int, ...]:
    """The session numbers an OWN_SESSION match names: its ordinals, or its year (an organ that names its sessions
    by year); () for "its relevant session"."""
    if m.groupdict().get("year"):
        return (int(m.group("year")),)
    words = ORDINAL_RE.findall(m.group("numbers") or "")
    return tuple(n for n in (ordinal(w) for w in words) if n)


def own_sessions(text: str, receivers: list[tuple[int, int, str]]) -> list[tuple[int, ...]] | None:
    """The sessions each of two or more receivers has right after its name, () for one with none: ("to the Human
    Rights Council at its sixtieth session and to the General Assembly at its eightieth session": [(60,), (80,)];
    "to the Human Rights Council, and to the General Assembly at its seventy-eighth, seventy-ninth and eightieth
    sessions": [(), (78, 79, 80)]); None where no receiver has a session of its own, or where several have none and
    the one that has is not said "at its" (the session may be the report's, not that receiver's)."""
    if len(receivers) < 2:
        return None
    found: list[re.Match | None] = [OWN_SESSION.match(text, e) for _, e, _ in receivers]
    # "to the Council at its fifty-seventh session and to the seventy-ninth session of the General Assembly": a later
    # receiver's session said before its name
    before: set[int] = set()
    for i in range(1, len(receivers)):
        if not found[i]:
            found[i] = PRE_SESSION.search(text, max(0, receivers[i][0] - 80), receivers[i][0])
            if found[i]:
                before.add(i)
    numbers = [_numbers(m) if m else () for m in found]
    if all(found):
        return numbers
    # "to the Advisory Committee and to the General Assembly at its seventy-seventh session" (A/RES/75/255 op 2,
    # heldout7): the last receiver's own session ("its"), none for the others; or one receiver's, at any place: "to
    # the General Assembly at its seventy-seventh session and to the Conference on Disarmament" (A/RES/74/50 op 9);
    # or a session said before its receiver's name, that receiver's by construction ("to the Economic and Social
    # Council and to the eightieth session of the General Assembly")
    own = [(i, m) for i, m in enumerate(found) if m]
    if len(own) == 1 and (
        own[0][0] in before or own[0][1].group(0).lstrip(" ,").lower().startswith(("at its", "during its", "as of its"))
    ):
        return numbers
    return None


# a report named as the model of the one asked: "to prepare a report similar in scope, length and detail to his report to
# the General Assembly at its seventy-fifth session, ..., for consideration by the Assembly at its eighty-first session"
# (A/RES/79/145 op 239, 80/109 op 245: one report, at the eighty-first session; the seventy-fifth session's report is
# the model, neither a second report asked nor the session of the one asked; report_mentions.modelled_on)
MODEL = r"\b(?:similar|comparable|identical|equivalent)\s+(?:in\s+[\w\s,]{0,40}?\s)?to\s+"
# "the report submitted to the Human Rights Council at its fifty-third session", "as adopted by the General Assembly
# at its sixtieth session": the session of what was given or done before, right after the organ's name; so is that of
# the model report ("similar ... to his report to the General Assembly at its seventy-fifth session")
PAST_SESSION = re.compile(
    r"(?:(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbe\salso\s)\b(?:submitted|presented|transmitted|delivered|adopted)\s+(?:to|by)"
    rf"|{MODEL}(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:[\w-]+\s+){{0,2}}?reports?\s+to)\s+(?:the\s+)?"
    r"[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|and|for|the|in))*\s*,?\s*$"
)


def past_session(text: str, s: int) -> bool:
    """Whether the session phrase at text[s] is that of a report given or a text adopted before (PAST_SESSION),
    not the session a report is asked for."""
    return PAST_SESSION.search(text, max(0, s - 120), s) is not None


# a report said with its session but no receiver, then handed on to a second: "and a comprehensive report at its
# sixtieth session, to be followed by an interactive dialogue, and to present the report to the General Assembly at
# its eightieth session" (A/HRC/RES/57/2 op 17, 60/3 op 21): the first session is the speaking organ's, the report
# is one to each receiver (was only the second's, at the first's session)
_SESSION_THEN_HANDED = re.compile(rf"{_SEP}{_SESSION}(?:{_SEP}{_DIALOGUE}(?<!\s))?{_HANDED_ON}", re.I)
_SESSION_START = re.compile(rf"{_SEP}{_SESSION}", re.I)


def unnamed_first(text: str, at: int, receivers: list[tuple[int, int, str]], own: str | None) -> list:
    """The receivers of the report whose words start at text[at], with the organ that speaks (own) put first where
    the report names no receiver but its session and is then handed on to the first one read ("a comprehensive
    report at its sixtieth session, ..., and to present the report to the General Assembly"); else receivers."""
    if not own or not receivers or receivers[0][2] == own:
        return receivers
    m = _SESSION_START.search(text, at, receivers[0][0])
    if not m or not _SESSION_THEN_HANDED.fullmatch(text, m.start(), receivers[0][0]):
        return receivers
    return [(m.start(), m.start(), own), *receivers]


# a later receiver's own cycle, said between its "and" and its "to" (CYCLE_SAID: "and annually to the General Assembly")
_CYCLED_TO = re.compile(rf"(?<![\w-]){CYCLE_SAID}\s+to\s+(?:the\s+|all\s+)?$", re.I)


def own_cycles(
    text: str,
    span: tuple[int, int],
    receivers: Sequence[tuple[int, int, str]],
    v: Vocabulary,
    report: tuple[str, str | None] = ("", None),
) -> dict[str, str | None] | None:
    """{receiver id: its cycle} where a receiver after the first has a cycle of its own, said between its "and" and
    its "to" ("to report to the Human Rights Council in accordance with its programme of work and annually to the
    General Assembly", A/HRC/RES/54/10 op 2, heldout40 27: P1Y for the Assembly, none for the Council); the others get
    the cycle said elsewhere in the report's scope, if any ("to report annually to the Council and biennially to the
    Assembly": P1Y, P2Y). None where no receiver has one of its own: the report's cycle is then every receiver's.
    span: the report's scope; report: the report's words (their adjective, "an
    annual report", is everyone's) and the adoption date, with which the rest of the scope is timed as the report's
    whole scope was."""
    if len(receivers) < 2:
        return None
    a, b = span
    pairs = zip(receivers, receivers[1:], strict=False)  # each receiver after the first, with the one before it
    said = [(m, r[2]) for prev, r in pairs if (m := _CYCLED_TO.search(text, prev[1], r[0]))]
    if not said:
        return None
    scope = list(text[a:b])
    for m, _ in said:  # the scope without the receivers' own cycles: what is said of the report itself
        scope[m.start() - a : m.end() - a] = " " * (m.end() - m.start())
    rest = "".join(scope)
    common = report_times.timing(rest, report[0], report[1], v).get("every")
    own = {oid: report_times.timing(m.group(0), "", None, v).get("every") for m, oid in said}
    return {r[2]: own.get(r[2], common) for r in receivers}
