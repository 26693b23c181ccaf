"""List members: which names inside a list of addressees are members and which only qualify one.

A long list of actors carries modifiers on its members; a body named inside such a modifier is
not asked. Read by addressees.actors_in (heads) alias by alias: `authored` tells a body named as
the author or origin of a member after a participle ("the mediator appointed by the African Union",
"the follow-up mechanisms established at the end of the mandate of the Special Adviser"); `given` a body named
in what a group of States gives ("Member States, including those contributing AMISOM police and troop contingents");
`kind_of` the kind a generic head's "of" names ("all relevant actors of civil society": CivilSociety). Nothing here
raises.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from resgraph.vocab import STATE, Vocabulary, load
from resgraph.wordsearch import phrases

# a noun, a participle of making or naming, then the body that made it: "the mediator appointed by the",
# "the mechanisms established at the end of the mandate of the" (A/HRC/RES/57/34 op 5, A/HRC/RES/59/12 op 27)
# (a passive's agent is asked: "measures to be undertaken by the United Nations Development Programme",
# heldout8 S/RES/1494 (2003) op 15, so a form of "be" or "have" before the participle is no noun)
AUTHORED = re.compile(
    r"\b(?!(?:be|been|being|is|are|was|were|has|have|had|to|and|or|not|also|further)\b)[A-Za-z][\w-]*\s+"
    rf"(?:{phrases(load().mandates['authored'])})\s+"  # the participles are data: mandates.yaml `authored`
    r"(?:(?!and\b|or\b|as\s+well\s+as\b)[\w’'-]+\s+){0,10}?(?:by|of)\s+(?:the\s+)?$"
)
SPAN = 160  # how far back the participle may stand
# the sides a document was signed between, listed: "the parties to the CPA and the communiqué signed between the United
# Nations and the GNU" (S/RES/1919 (2010) op 13, heldout34 15, heldout17 13, heldout30 07: the parties alone); two
# sides, the first and the one after a single "and": a further "and X" is an addressee again ("signed between the
# Government and the M23 and the African Union to support": the AU asked; review52-C 4). Only "signed" and
# "concluded": "agreed", "reached", "entered into between" are not read so.
SIGNED_BETWEEN = re.compile(
    r"\b(?:signed|concluded)\s+(?:between|among)\s+(?:(?!\band\b)[^,;:()]){0,80}?(?:\band\s+)?(?:the\s+)?$"
)


def authored(text: str, s: int) -> bool:
    """Whether the alias at s is named after a participle that qualifies the member before it, no
    comma, semicolon, bracket or list word between: the body that appointed or established the
    member, not a member of the list."""
    lo = max(0, s - SPAN)
    a = max(lo, max(text.rfind(c, lo, s) for c in ",;:()") + 1)
    return AUTHORED.search(text, a, s) is not None or SIGNED_BETWEEN.search(text, a, s) is not None


# a word in -ed/-ing that qualifies the addressee named right before it, then the agent of what its object names:
# "Urges donors engaged in supporting the implementation of the HNP reform by the Haitian authorities to coordinate their
# activities closely with MINUSTAH" (S/RES/1702 (2006) op 12, heldout42 10: Donors; the authorities are the reform's
# authors, as "the Agreement signed by the parties"); no comma or list word between ("donors engaged in ... and the
# Haitian authorities" asks both)
QUALIFIED_BY = re.compile(
    r"\s+(?!including\b)[a-z][\w-]*(?:ed|ing)\s+(?:(?!(?:and|or|as\s+well\s+as)\b)[\w’'-]+\s+){0,12}?by\s+(?:the\s+)?"
)


def qualified_by(text: str, last: int, s: int) -> bool:
    """Whether the alias at s is the agent named after "by" in words opened by a word in -ed/-ing that qualify the
    addressee ending at last (QUALIFIED_BY): it is not asked."""
    return QUALIFIED_BY.fullmatch(text, last, s) is not None


# an aside that singles out some of those named before it: ", in particular", ", including" (subjects.py reads it too;
# it stands here, below subjects in the import graph: subjects imports addressees, which imports this module)
ASIDE_OPEN = re.compile(r",\s*(?:in\s+particular|particularly|notably|especially|including)\s")
# a group of States, then a participle of what they give and its object: "Member States, including those contributing",
# "Member States making financial contributions earmarked for the operational activities of" (the participles are data:
# mandates.yaml `what_states_give`; no list word in the object: "States hosting refugees and UNHCR" asks UNHCR)
GIVEN = re.compile(
    rf"(?:\s*{ASIDE_OPEN.pattern}\s*those)?\s+"
    rf"(?:{phrases(load().mandates['what_states_give'])})\s+"
    r"(?:(?!and\b|or\b|as\s+well\s+as\b)[\w’'-]+\s+){0,10}?(?:the\s+)?"
)


# "Urges the United Nations, the countries contributing troops to the United Nations Multidimensional Integrated
# Stabilization Mission in the Central African Republic and international forces acting under the mandate of the
# Security Council to take" (A/HRC/RES/54/31 op 12, 57/35 op 12): the mission the troops are sent to qualifies the
# countries; it ends no window ("to" before it, windows.addressee_window) and is no addressee (addressees.actors_in),
# and the list goes on after it (heldout29 29 op 12: the international forces asked too)
SENT_TO = re.compile(r"\bcontributing\s+(?:troops|police|personnel|forces|contingents)\s+(?:to\s+(?:the\s+)?)?$")


def given(text: str, states_end: int, s: int) -> bool:
    """Whether the alias at s is named in the object of a participle of what the States named just before it (ending
    at states_end) give: it qualifies them, it is not asked."""
    return GIVEN.fullmatch(text, states_end, s) is not None


# the rest of a window after a comma, bare heads coordinated up to the infinitive: "envoys, coordinators and advisors"
# (read only where short: tried after every comma of a long list, it read the list to its end each time; moved from
# windows.py, which reads it where a list goes on)
HEADS_TO_END = re.compile(r"\s*(?:[a-z][\w-]*,\s+)*[a-z][\w-]*,?\s+(?:and|or)\s+[a-z][\w-]*\s*")


def bare_heads(seg: str, at: int, end: int) -> bool:
    """Whether the window's rest after a comma is bare heads sharing the modifiers before it, up to the infinitive:
    "special representatives, envoys, coordinators and advisors to" (S/RES/2474 (2019) op 18): members of the list
    though no alias names them."""
    return end - at <= 80 and HEADS_TO_END.fullmatch(seg, at, end) is not None


# "calls upon all, in particular relevant United Nations entities, to help" (heldout4 A/RES/74/302 op 51 and its
# yearly twins): "all" alone, a pronoun, is every actor concerned
ALL = re.compile(r"\s*all\s*(?:,|$)")


def everyone(window: str) -> list[tuple[str, int, int]]:
    """Stakeholders where a window opens with "all" standing alone (a comma or the window's end next)."""
    m = ALL.match(window)
    return [("Stakeholders", 0, m.end())] if m else []


# "other organizations, programmes and funds of the United Nations system", "other organizations and bodies of the
# United Nations system" (56 times in corpus-full): the heads share the postmodifier, so "other organizations" are
# the system's, not international organizations besides it
KIND = re.compile(r"(?:(?:all|other|relevant|concerned)\s+){1,3}[a-z][\w-]*s$")
# ("relevant organizations and agencies of the United Nations system", heldout12 A/RES/76/126 op 9: the alias "agencies of
# the United Nations system" begins at the last head; "all relevant organizations, funds, programmes and bodies within the
# United Nations system", heldout19 A/RES/76/72 op 294: "within")
SHARED_OF = re.compile(r"(?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s+(?P<head>[a-z][\w-]*)\s+(?:of|within)\s+(?:the\s+)?")


def shares_of(text: str, alias: str, e: int, next_ids: tuple[str, ...]) -> bool:
    """Whether the alias ending at e is a bare kind ("other organizations") whose head is coordinated
    with others that a postmodifier naming the United Nations system qualifies: next_ids, the actors
    of the alias where SHARED_OF ends (none when no alias begins there)."""
    return bool(KIND.search(alias) and SHARED_OF.match(text, e) and "UNSystemEntities" in next_ids)


# a part of a State named by its side, lower-case, before the State's name: the State as a place ("the ethnic Albanian
# communities in the former Yugoslav Republic of Macedonia, southern Serbia and elsewhere", S/RES/1345 (2001) op 9,
# addressees.PLACE), or the State's authorities or officials as before ("the authorities in eastern Chad"); the words
# are data, mandates.yaml `place_sides`; not "the Government of Southern Sudan", a name
SIDE = rf"(?-i:(?:{phrases(load().mandates['place_sides'])})\s+)?"

# "the authorities and political stakeholders in Chad and the Central African Republic" (heldout8 S/RES/1861 (2009)
# op 21), "the authorities in Bosnia and Herzegovina", "the authorities in eastern Chad": the State's authorities, not a
# place (not "local authorities in Somalia", nor "the competent authorities", a name of its own)
AUTHORITIES_IN = re.compile(
    r"\bthe\s+authorities\s+(?:(?:and|or)\s+(?:[a-z][\w-]*\s+){1,3}?)?in\s+(?:the\s+)?" + SIDE + r"(?:the\s+)?$"
)


# "Urges civilian and military officials in Guinea-Bissau to demonstrate greater commitment ..., and encourages them"
# (S/RES/2092 (2013) op 8): the State's officials, as "Iranian officials" are (countries.yaml `after_name`); their
# modifiers the State's own (countries.yaml `states.officials_in`: "Government officials in"), not another's ("senior
# mission officials in Haiti", "international officials in Bosnia and Herzegovina": any other word before the
# modifiers, a body's name too, "United Nations officials in Afghanistan"), but an article or a list's join
OFFICIALS_IN = re.compile(
    rf"(?:\b(?:{phrases(load().states.get('officials_in') or ['civilian'])})\s+(?:and\s+)?){{0,3}}"
    r"\bofficials\s+in\s+(?:the\s+)?" + SIDE + r"(?:the\s+)?$"
)
OTHERS_OFFICIALS = re.compile(r"(?<![\w-])(?!(?:the|all|relevant|concerned|its|their|and|or)\b)[\w’'-]+\s*$")


def authorities_in(text: str, s: int) -> bool:
    """Whether the State at s follows "authorities ... in" or "officials in": the State's authorities are named."""
    if AUTHORITIES_IN.search(text, max(0, s - 80), s):
        return True
    officials = OFFICIALS_IN.search(text, max(0, s - 80), s)
    return officials is not None and not OTHERS_OFFICIALS.search(
        text, max(0, officials.start() - 40), officials.start()
    )


# "relevant United Nations organs and entities", "United Nations offices and agencies", "United Nations funds,
# programmes and agencies": heads coordinated after "United Nations", each one's own name ("United Nations
# entities"), where no alias covers the list whole
UN_HEADS = re.compile(r"\bUnited\s+Nations\s+((?:[a-z][\w-]*s,\s+)*[a-z][\w-]*s,?\s+(?:and|or)\s+[a-z][\w-]*s)\b")
HEAD = re.compile(r"(?<![\w-])(?!(?:and|or)\b)[a-z][\w-]*s\b")
# "greater interaction between all relevant United Nations and Council of Europe bodies" (A/RES/79/284 op 18, heldout44
# 25: UNSystemEntities beside the Council of Europe): "United Nations" coordinated before another body's name, the head
# after that name shared ("United Nations bodies"); the name capitalised words, "of" / "for" among them
UN_AND_NAME = re.compile(
    r"\bUnited\s+Nations\s+and\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|for|the)\s+)*[A-Z][\w-]*){0,5}\s+([a-z][\w-]*s)\b"
)


def _reach(spans) -> tuple[list[int], list[int]]:
    """The spans' starts sorted and, at each, the furthest end of a span starting there or before: where an alias
    covering a position may end, found by bisection (a list of thousands of heads against thousands of aliases was
    quadratic when each match asked every span)."""
    ordered = sorted((a, b) for a, b, _ in spans)
    ends: list[int] = []
    for _, b in ordered:
        ends.append(max(b, ends[-1]) if ends else b)
    return [a for a, _ in ordered], ends


def _covered_to(reach: tuple[list[int], list[int]], s: int) -> int:
    """The furthest end of an alias starting at or before s (-1 for none)."""
    starts, ends = reach
    i = bisect_right(starts, s)
    return ends[i - 1] if i else -1


def united_nations_heads(window: str, spans, actors_of_alias) -> list[tuple[str, int, int]]:
    """Actors named by heads coordinated after "United Nations" (UN_HEADS): each head read as "United Nations
    <head>"; spans, the window's aliases (a list one alias names whole is left to it); actors_of_alias,
    Vocabulary.actors_of_alias."""
    out: list[tuple[str, int, int]] = []
    if "Nations" not in window:  # (both patterns read "United Nations" as written: most windows have none)
        return out
    reach = _reach(spans)
    for m in UN_HEADS.finditer(window):
        if _covered_to(reach, m.start()) >= m.end():
            continue
        for h in HEAD.finditer(m.group(1)):
            ids, contextual = actors_of_alias("United Nations " + h.group(0))
            if ids and not contextual:
                out.append((ids[0], m.start(1) + h.start(), m.start(1) + h.end()))
    for m in UN_AND_NAME.finditer(window):  # "United Nations and Council of Europe bodies": "United Nations bodies"
        ids, contextual = actors_of_alias("United Nations " + m.group(1))
        if ids and not contextual and _covered_to(reach, m.start()) <= m.start():
            out.append((ids[0], m.start(), m.start() + len("United Nations")))
    return out


# a joint body the vocabulary lacks, "of" naming its members: "Urges the Joint Assessment Mission of the United Nations,
# the World Bank and the parties ... to continue their efforts" (S/RES/1574 (2004) op 3, 1590 (2005) op 13): the United
# Nations is a member asked as the others after it are, not the owner that qualifies a noun ("the Charter of the United
# Nations"); not where the joint body is an alias of its own (read before "of"), nor a person ("the Joint Special Envoy
# of the United Nations and the League of Arab States")
JOINT_OF = re.compile(
    r"\b[Jj]oint\s+(?:[\w-]+\s+){0,3}?(?:[Mm]ission|[Tt]eam|[Cc]ommission|[Cc]ommittee|[Mm]echanism|[Gg]roup|[Pp]anel)s?"
    r"\s+of\s+(?:the\s+)?$"
)


def joint_of(text: str, last: int, s: int) -> bool:
    """Whether the alias at s names the first member of a joint body the text names after the alias before it (which
    ends at last), "of" between (JOINT_OF)."""
    return JOINT_OF.search(text, max(last, s - SPAN), s) is not None


# a joint body the vocabulary names as one, its members after "of": "Urges the Joint Assessment Mission of the United
# Nations, the World Bank and the parties ... to continue their efforts" (S/RES/1574 (2004) op 3, 1590 (2005) op 13,
# heldout38 08: the Mission alone, its own id); only an id whose data says so (actors.yaml members_after_of: "the Joint
# Inspection Unit of the United Nations system and the Board of Auditors" asks both), and the member joined by "and"
# closes the list ("the Joint Assessment Mission of the United Nations and the World Bank, Member States and the African
# Union": the States and the Union are asked); a joint body the vocabulary lacks is read as its members (JOINT_OF)
MEMBERS_OF = re.compile(r"\s+of\s+(?:the\s+)?")
MEMBERS_JOIN = re.compile(r"\s*,\s*(?:the\s+)?")
MEMBERS_LAST = re.compile(r"\s*,?\s*and\s+(?:the\s+)?")


def joint_member(
    text: str, ids: tuple[str, ...], span: tuple[int, int], last: int, members: set[int], v: Vocabulary
) -> bool:
    """Whether the alias at span (start, end) is a member of a joint body named as one before it, the alias before it
    ending at last, in members (the ends of such a body's name and of its members read so far, which this keeps);
    ids: the alias's actors, a joint body's where one of them has members_after_of (looked up only before an "of":
    this runs for every alias of every window)."""
    s, e = span
    if last in members and (MEMBERS_OF.fullmatch(text, last, s) or MEMBERS_JOIN.fullmatch(text, last, s)):
        members.add(e)
        return True
    if last in members and MEMBERS_LAST.fullmatch(text, last, s):
        return True  # the last member: what follows is asked
    if MEMBERS_OF.match(text, e) and any(v.actors[i].members_after_of for i in ids if i in v.actors):
        members.add(e)
    return False


# "all relevant actors of civil society, including non-governmental organizations" (the Assembly's yearly Beijing
# follow-up, A/RES/78/182 op 19, 74/128 op 17, 76/142 op 18, 80/186 op 19, and its women-in-development text, 75/159 op
# 14, 77/196, 79/155): a generic head whose "of" names the kind of actor they are is that kind alone, as
# "representatives of civil society" is CivilSociety (heldout25 13 op 16, tests/mandate_gold); the head stays when no
# actor is named after its "of" ("all actors of the agrifood system"), States are ("the stakeholders of South Sudan",
# "relevant stakeholders of developing countries", "all relevant actors of Member States": the countries' own), a cue
# ("the stakeholders of the Revitalised Agreement") or another generic head
GENERIC_HEADS = frozenset(("Stakeholders",))
# only a head that says what kind of actor they are ("actors", "entities"): after "stakeholders", "interested parties"
# or "all concerned", "of" names what they have a stake in ("all stakeholders of the Peacebuilding Commission")
KIND_HEAD = re.compile(r"\b(?:actors|entities)$")
# "of" and the alias right after it (also addressees.OF_NEXT: "the Secretary-General of ICAO")
OF_NEXT = re.compile(r"\s+of\s+(?P<the>the\s+)?")
# the kind ends the phrase: not the possessor or qualifier of a noun after it ("all relevant actors of the Security
# Council's subsidiary bodies", "all stakeholders of the Economic Community of West African States region")
KIND_END = re.compile(r"\s*(?:[,;:.]|$)|\s+(?:to|and|or|including)\b")
# the actors.yaml `kind`s of States and their groups (Vocabulary.ids_of_kinds)
STATE_ACTOR_KINDS = ("states", "country-group", "state-group")


def kind_of(text: str, e: int, starts: dict[int, str], v: Vocabulary) -> tuple[str, ...]:
    """The actor a generic head's "of" names, the head ending at e ("relevant actors of civil society":
    CivilSociety); starts, the aliases of text by where they begin. None when the head is not "actors" or
    "entities" (KIND_HEAD), nothing is named right after "of", the actor does not end the phrase (KIND_END), or it
    is States, a group of States, a cue, a contextual alias or another generic head: the head stays."""
    m = OF_NEXT.match(text, e)
    if not m or not KIND_HEAD.search(text, max(0, e - 10), e):
        return ()
    at = m.start("the") if starts.get(m.start("the")) else m.end()  # "of the United Nations system", "of civil society"
    alias = starts.get(at)
    if (
        alias is None
        or alias in v.cues
        or text[at : at + len(alias)] != alias
        or not KIND_END.match(text, at + len(alias))
    ):
        return ()
    ids, contextual = v.actors_of_alias(alias)
    if contextual or not ids or ids[0].startswith(STATE) or ids[0] in GENERIC_HEADS:
        return ()
    return () if ids[0] in v.ids_of_kinds(*STATE_ACTOR_KINDS) else ids[:1]
