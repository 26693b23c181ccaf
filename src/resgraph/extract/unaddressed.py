"""Why a mandate names no actor: the text names no addressee, or names one the vocabulary lacks.

A directive verb whose window (addressees.py) names no actor of the vocabulary is one of two
things, and only the second is a fault of the extractor:

- the text names no addressee: the verb asks for an activity with no agent ("Invites voluntary
  contributions", "Demands an immediate cessation of violence", "Encourages exploring innovative
  ways"), or its "that" clause has a thing, not an actor, for subject ("Decides that the measures
  shall apply", "demands that there be no recurrence"), or an infinitive follows the verb at once
  ("Reiterates its request to preserve the heritage"), or it names a nation's people ("calls upon all Iraqis",
  "the people of Timor-Leste"). The mandate gold (tests/mandate_gold) records
  an empty addressee set for these: nobody is invented.
- an addressee is named but not found: a body ("the Expert Mechanism"), a group ("national
  institutions", "the public and private sectors"), a pronoun ("them", "those"), the agent of an
  activity ("initiatives by the media", "the efforts of the media", "dialogue between the two
  peoples": asked, the addressee convention from stop 27), the bodies of a list of sub-paragraphs ("Invites:").

The words that tell them apart are data (verbs.yaml `unaddressed`); this module only reads the
head of the verb's object. Used by scripts/mandate_stats.py to split the share of mandates naming
no actor, and by asked.py to tell an impersonal "that" clause (which copies no addressee).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.agents import PARTICIPLE, agent_nouns
from resgraph.models import Mandate
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# "no addressee" reasons, then "named but not found" ones
NO_ADDRESSEE = ("activity", "impersonal", "infinitive", "cited", "people")
NAMED = ("body", "group", "pronoun", "agent", "list", "other")

# the object's noun phrase ends at a preposition, a comma or a clause, or a participle that qualifies it (mandates.yaml
# `unaddressed.np_end`)
NP_END = re.compile(
    r"[,;:()]|\s(?:of|by|for|between|among|amongst|to|in|on|at|with|from|towards|toward|against|within|through|"
    r"that|which|who|as|and\s+(?:to|in|with|for|on)|including|such|so|when|where|while|if|without|into|under|"
    r"across|throughout|during|until|upon|over|among|regarding|concerning|thereof|"
    + phrases(load().mandates["unaddressed"]["np_end"])
    + r")\b"
)
# "Recalls the request contained in paragraph 80 of its resolution 74/252": who was asked is in the
# text cited, not in this one (mandates.yaml `unaddressed.cited_in`)
CITED = re.compile(rf"(?:{phrases(load().mandates['unaddressed']['cited_in'])})\s+in\b|in\s+paragraphs?\s+\d|referred$")
# "Invites representatives listed in paragraphs 8 and 9 above", "all representatives invited in paragraphs 7 to 11
# above" (A/RES/76/307 ops 12, 13, 15, 78/319, 79/289: the modalities of a high-level meeting): who is asked is
# named in the paragraphs cited
CITED_GROUP = re.compile(
    r"(?:[\w-]+\s+){1,3}?(?:listed|mentioned|invited|referred\s+to|named|identified)\s+in\s+paragraphs?\s+\d"
)
# "Requests that the Coordinator be appointed": a passive "that" clause names who is acted on; an irregular participle
# too ("requests that such qualified specialist advisers be made available to the SRSG", S/RES/2066 (2012) op 7: no
# one asked, as heldout10 29 op 9 "that such stakeholder contributions ... be made available"; mandates.yaml
# `by_participles`)
PASSIVE = re.compile(
    r"\s(?:(?:shall|should|will|would|must|could|may)\s+)?(?:also\s+|further\s+|continue\s+to\s+)?be\s+"
    r"(?:(?:also|further|duly|fully|[a-z]+ly)\s+)?"
    rf"(?:[a-z]+(?:ed|en|wn|t)|{phrases([w for w in load().mandates['by_participles'] if w not in ('being', 'been')])})\b"
)
WORD = re.compile(r"[\w’'-]+")
THAT = re.compile(
    r"\s*(?:,[^,]{0,160},\s*)?(?:(?:also|further|again|strongly|accordingly|therefore|moreover)\s+)*that\b", re.I
)
THERE = re.compile(r"there\b|it\s+(?:is|be|should|shall|will|would)\b", re.I)
# "initiatives by the media": the agent after "by", unless a participle's ("the legislation proposed by")
BY_AGENT = re.compile(
    r"(?P<before>[\w’'-]+)\s+by\s+(?:the\s+|all\s+|its\s+|their\s+)?(?P<who>(?:[\w’'-]+\s+){0,4}[\w’'-]+)\b"
)
# "cooperation between the United Nations and the League": an activity between actors asks no one
BETWEEN = re.compile(r"\s*(?:between|among|amongst)\s+(?:the\s+|all\s+|its\s+|their\s+)?(?P<who>[\w’'-]+)")
OF_AGENT = re.compile(r"\s+of\s+(?:the\s+|all\s+|its\s+|their\s+)?(?P<who>[\w’'-]+)")
OWNER = re.compile(r"^(?:the\s+)?(?P<who>[\w-]+(?:\s+[\w-]+){0,3}?)['’]s?\s", re.I)
# "their continued work", "its engagement": an activity whose agent is a pronoun
OWNED = re.compile(r"(?:their|its|his|her)\s", re.I)
# what may stand before the object without being it: ", inter alia, ", ", as appropriate, "
ASIDE = re.compile(r"^[,\s]*(?:(?:inter\s+alia|as\s+appropriate|where\s+appropriate|in\s+particular)\s*,\s*)?")


@lru_cache(maxsize=4)
def _words(v: Vocabulary) -> tuple[frozenset[str], tuple[str, ...], frozenset[str], tuple[str, ...]]:
    d = v.unaddressed
    pronouns = tuple(sorted((p.lower() for p in d.get("pronouns") or ()), key=len, reverse=True))
    return (
        frozenset(w.lower() for w in d.get("activity_nouns") or ()),
        tuple(d.get("activity_endings") or ()),
        frozenset(w.lower() for w in d.get("group_nouns") or ()),
        pronouns,
    )


@lru_cache(maxsize=4)
def _included(v: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """verbs.yaml `unaddressed.included`: the activities of taking part and the people who take part in them."""
    d = v.unaddressed.get("included") or {}
    return frozenset(w.lower() for w in d.get("nouns") or ()), frozenset(w.lower() for w in d.get("people") or ())


@lru_cache(maxsize=4)
def _leading(v: Vocabulary) -> frozenset[str]:
    return frozenset(w.lower() for w in v.unaddressed.get("leading") or ())


@lru_cache(maxsize=4)
def thing_nouns(v: Vocabulary) -> frozenset[str]:
    """verbs.yaml `unaddressed.thing_nouns`: nouns whose "-ing" looks like a gerund's ("ceiling"; gerund)."""
    return frozenset(w.lower() for w in v.unaddressed.get("thing_nouns") or ())


def gerund(word: str, v: Vocabulary) -> bool:
    """Whether a lower-case word reads as a gerund: an "-ing" word of five letters or more, not a thing's noun
    (verbs.yaml `unaddressed.thing_nouns`: "UNMIL's personnel ceiling" owns no activity)."""
    return word.endswith("ing") and len(word) > 4 and word not in thing_nouns(v)


@lru_cache(maxsize=4)
def _people(v: Vocabulary) -> re.Pattern[str]:
    """A nation's people by its demonym (countries.yaml `adjectives`): "all Afghans", "every Ivorian", "all eligible
    Afghans", "the Haitian people", "the people of Timor-Leste"; the window ends there, or a place or an infinitive
    follows (not "Afghan institutions", nor "Afghans, both within Afghanistan ..., and Member States": more named)."""
    adjectives = "|".join(re.escape(a) for a in sorted(v.states.get("adjectives") or (), key=len, reverse=True))
    return re.compile(
        rf"(?:(?:all|every|each)\s+)?(?:(?:the|eligible)\s+)?(?:(?:{adjectives})(?:s|\s+people)?|people\s+of\s+[A-Z][\w-]*)"
        r"(?=\s*(?:$|;|(?:to|in|within|who|which|that|from|abroad)\b))"
    )


def people(window: str, v: Vocabulary) -> bool:
    """Whether the window names a nation's people ("calls upon all Iraqis", S/RES/1546 (2004) op 6; "calls upon the
    people of Timor-Leste", S/RES/1802 (2008) op 4): the mandate gold leaves them empty, no actor to find."""
    return bool(_people(v).match(window))


def clause_after(paragraph: str, m: Mandate) -> str:
    """The text after a mandate's verb in its paragraph (the verb as written, then its window
    nearest after it), for `reason`: a mandate keeps its source span, not its place in the
    paragraph's text."""
    at, best = 0, -1
    while (i := paragraph.find(m.text, at)) >= 0:
        if best < 0:
            best = i
        w = paragraph.find(m.addressee_text, i + len(m.text)) if m.addressee_text else -1
        if 0 <= w - i < 240:
            best = i
            break
        at = i + 1
    return paragraph[best + len(m.text) :] if best >= 0 else ""


def is_activity(word: str, v: Vocabulary) -> bool:
    """Whether a head noun names an activity (verbs.yaml `unaddressed`: activity nouns and endings), not a group."""
    nouns, endings, groups, _ = _words(v)
    w = word.lower()
    return w not in groups and (w in nouns or (len(w) > 5 and w.endswith(endings)))


def passive(after_verb: str, w: str) -> bool:
    """Whether a "that" clause whose subject is the window goes on in the passive."""
    at = after_verb.find(w)
    # the window ends at the subject's verb when the subject is a known actor, else goes on past it, or stops inside a
    # subject of several things ("that such stakeholder contributions, the studies themselves and an easy-to-read-version
    # of them be made available", A/HRC/RES/55/8 op 14): the verb is looked for up to 80 characters on, in the clause
    end = after_verb.find(";", at + len(w))
    return at >= 0 and bool(PASSIVE.search(after_verb, at, min(at + len(w) + 80, end if end >= 0 else len(after_verb))))


def _noun_phrase(w: str, v: Vocabulary) -> tuple[str, list[str]]:
    """The verb's object up to its first preposition or clause, and its words past articles and
    quantifiers; past a comma when nothing came before it ("continued, closer cooperation")."""
    m = NP_END.search(w)
    np = w[: m.start()] if m else w
    content = [x for x in WORD.findall(np) if x.lower() not in _leading(v)]
    if m and m.group() == "," and _modifiers_only(content, v):  # "full, timely and safe access"
        return _noun_phrase(w[m.end() :].lstrip(), v)
    return np, content


def _modifiers_only(content: list[str], v: Vocabulary) -> bool:
    """Whether the words read so far are modifiers only: no activity, no group, no name."""
    groups = _words(v)[2]
    return all(not is_activity(x, v) and x.lower() not in groups and not x[:1].isupper() for x in content)


def _activity(w: str, np: str, head: str, that: bool, v: Vocabulary) -> str:
    """Why an activity asked for names no actor: no agent, or an agent the vocabulary lacks."""
    groups = _words(v)[2]
    after = w[len(np) :]
    # the agents of an activity are asked (agents.py, the convention from stop 27): after "by" (not a participle's,
    # "the legislation proposed by"), "of" an agent noun, "between" / "among" ("dialogue between the two peoples")
    # (within the object's own words, up to a comma: not "urges their full, effective and timely implementation, and
    # looks forward to ... policy recommendations for action by the international community", A/RES/74/207 op 4)
    comma = w.find(",", len(np))
    by = BY_AGENT.search(w if comma < 0 else w[:comma])
    by = None if by and PARTICIPLE.search(by.group("before")) else by
    of = OF_AGENT.match(after) if head.lower() in agent_nouns(v) else None
    of = of or BETWEEN.match(after)
    who = (by or of) and (by or of).group("who")  # type: ignore[union-attr]
    words = who.split() if who else []
    words = [] if words and words[0][:1].isdigit() else words  # "by 15 September 2014": a date
    # "encourages the participation of youth", "the full and effective participation of women in this process": who
    # takes part is who is included, not who is asked (the golds' empty sets: heldout5 01 op 9, heldout8 01 op 9,
    # heldout14 18 op 11)
    nouns, people = _included(v)
    words = [] if words and head.lower() in nouns and words[0].lower() in people else words
    if words and (
        any(x[:1].isupper() or x.lower() in groups for x in words)
        or words[0].endswith("s")
        and not is_activity(words[0], v)
    ):
        return "agent"  # "initiatives by the media", "the efforts of the Group", "participation of entrepreneurs"
    if OWNED.match(w) and head.lower() in agent_nouns(v):
        return "pronoun"  # "encourages their continued work": whose, said before
    return "impersonal" if that else "activity"


def _no_one(after_verb: str, w: str, that: bool, v: Vocabulary) -> str:
    """The kind of a window that names no addressee before any word of it is read as one: a passive "that" clause
    ("requests that they be disseminated", "that this aspect be included": a thing acted on, not a pronoun or a
    body), a nation's people (people); "" when neither."""
    if that and passive(after_verb, w):
        return "impersonal"
    return "people" if people(w, v) else ""


def reason(after_verb: str, window: str, v: Vocabulary) -> str:
    """Why a mandate whose window names no actor names none: one of NO_ADDRESSEE (the text names
    no addressee) or NAMED (it names one the vocabulary lacks; "other" when the head of the
    object is neither an activity nor a known kind of addressee, counted as named, not as none).
    after_verb: the paragraph's text after the verb (clause_after); window: its addressee text."""
    nouns, endings, groups, pronouns = _words(v)
    aside = ASIDE.match(window)
    w = window[aside.end() if aside else 0 :].strip()
    rest = after_verb.lstrip()
    if rest.startswith(":") or w.endswith(":") and len(w) < 60:  # "Invites:", "urges them to:"
        return "list"
    low = w.lower()
    that = bool(THAT.match(after_verb)) and not low.startswith("that ")
    if kind := _no_one(after_verb, w, that, v):
        return kind
    if low in pronouns or any(
        low.startswith(p + " ") and not is_activity(low[len(p) + 1 :].split(" ")[0], v)
        for p in ("them", "they", "those", "these", "both")
    ):
        return "pronoun"
    if not w.strip(";,. ") and CITED.match(rest.lstrip(", ")):
        return "cited"  # the window starts after the citation (windows.WINDOW_LEAD) and names no one after it
    if not w:
        return "infinitive" if re.match(r",?\s*(?:\w+\s+)?to\s+[a-z]", rest) else "other"
    if CITED.match(w) or CITED_GROUP.match(w):
        return "cited"
    if that and (THERE.match(w) or passive(after_verb, w)):
        return "impersonal"
    np, content = _noun_phrase(w, v)
    whole = rest.split(";", 1)[0]
    if _modifiers_only(content, v) and whole.startswith(w) and len(whole) > len(w):
        # the window stopped at a comma inside the object ("Urges full, timely, unhindered access")
        w = whole
        np, content = _noun_phrase(w, v)
    if not content:
        return "other"
    first, head = content[0], content[-1]
    owner = OWNER.match(w)
    if owner and any(c.isupper() for c in owner.group("who")[:1]):
        return "agent"  # "the Government's continued engagement"
    if any(x[:1].isupper() for x in content):
        return "body"
    if head.lower() in groups or that and any(x.lower() in groups for x in content):
        return "group"  # "national institutions", "that their members disband"
    gerund = first.lower().split("-")[0]  # "the scaling-up of efforts"
    # "strategic actions and accelerators": the head of any conjunct
    heads = [c.split()[-1] for c in re.split(r"\s+(?:and|or)\s+", np) if c.split()]
    activity = gerund.endswith("ing") and first.lower() not in groups or any(is_activity(h, v) for h in heads)
    if activity:
        return _activity(w, np, head, that, v)
    if that:
        return "impersonal"  # "that the limit of tenure also apply"
    return "other"
