"""Resolve the words that cite a resolution to its canonical symbol (A/RES/67/186).

"its resolution 66/181", "Commission resolution 19/2", "resolution 5/5 ... of the Conference of the
Parties", "resolution 1373 (2001)", "2200 A (XXI)": which organ issued the text depends on the
words before and after the number and on who is speaking, so resolution happens here, with the
organs' symbol patterns taken from ontology/vocab/organs.yaml.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.dates import DATE, iso_date
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import alternation, phrases

# One cited number: old GA "2200 A (XXI)", special session "S-24/2", SC "1373 (2001)", "66/181",
# "57/270 B". Hyphens may be non-breaking (U+2011) in the UN's XML.
HY = "[-\u2010\u2011\u2013]"
NUM = (
    rf"(?:(?:ES|S){HY}\d{{1,2}}/\d{{1,3}}"
    r"|\d{1,4}\s?(?:[A-Z]\s?)?\((?:[IVXL]+|\d{4})\)"
    r"|\d{1,4}/\d{1,4}(?:\s?[A-Z](?![\w/]))?)"
)
_ORGANS = load().organs
# the words before "resolution" that name an organ, from organs.yaml (`cited_as`); the longer of two
# that begin alike first ("Commission on Narcotic Drugs" before "Commission"), as a match takes the
# first alternative that fits
ORG_WORDS = "|".join(sorted(dict.fromkeys(w for o in _ORGANS.values() for w in o.cited_as), key=len, reverse=True))
ITEM = rf"(?P<num>{NUM})(?:\s+of\s+(?P<date>{DATE}))?"
# (", as well as" as "(?:\s*+,)?+\s++", not "\s*,?\s+": a run of spaces after a number was split between the two, quadratic)
SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|(?:\s*+,)?+\s++as well as\s+)"
TITLE = r"(?:,?\s+entitled\s+[“\"](?P<title>[^”\"]{1,400})[”\"])"
ANY_TITLE = r"(?:,?\s+entitled\s+[“\"][^”\"]{1,400}[”\"])"
ABOUT = rf"(?:\s+(?:on|concerning|relating to)\s+[^,;“”\"]{{1,250}}?(?={SEP}{NUM}))"
ONE = rf"{NUM}(?:\s+of\s+{DATE})?{ANY_TITLE}?{ABOUT}?"
MENTION = re.compile(
    rf"(?:(?P<its>\bits|\btheir)\s+|(?P<org>\b(?:{ORG_WORDS}))\s+)?"
    rf"(?P<kind>[Rr]esolutions?|[Dd]ecisions?)\s+(?P<list>{ONE}(?:{SEP}(?={NUM}){ONE})*)"
)
ITEM_RE = re.compile(rf"{ITEM}{TITLE}?")
FULL_SYMBOL = re.compile(
    rf"\b(?:A/RES/(?:ES{HY}|S{HY})?\d+/\d+|A/RES/\d+\s?\([IVXL]+\)|E/RES/\d{{4}}/\d+|S/RES/\d+\s?\(\d{{4}}\)"
    r"|A/HRC/RES/\d+/\d+|E/CN\.\d+/(?:RES|DEC)/\d+/\d+|[A-Z]+/COP/(?:RES|DEC)/\d+/\d+"
    r"|A/DEC/\d+/\d+|E/DEC/\d{4}/\d+)"
)
# the whole name of the body after the numbers: "resolutions 3/4 ... and 5/6 of 7 March 2022 of the
# United Nations Environment Assembly", "decision 14/4 of the Conference of the Parties to the
# Convention on Biological Diversity"
TRAILING_BODY = re.compile(
    r"^\s*,?\s*(?:of|adopted by|by)\s+the\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|the|on|and|for|to|against|in)\s+)*[A-Z][\w’'-]*)+)"
)
# a name after the numbers that holds one of these words is a body's (citations.yaml `body_words`)
BODY_WORD = re.compile(rf"\b(?:{phrases(load().citations['body_words'])})\b")
OTHER_PARTIES = re.compile(r"Conference of the (?:States )?Parties\s+to\s+the\s")
AND_END = re.compile(r"\s(?:and|or)$")
TRAILING_ORGAN = re.compile(
    r"^\s*,?\s*(?:(?:of|adopted by|by)\s+the|at\s+(?:its|the)\s+[\w-]+\s+session\s+of\s+the)\s+(" + ORG_WORDS + r")"
)
# Organs that number resolutions session/number like the General Assembly does; the Assembly
# itself only did so from its thirty-first session (1976), so "resolution 6/2" is one of these.
# Their names come from organs.yaml (`bare_numbers`).
NM_ORGAN_ID = {name: oid for oid, o in _ORGANS.items() for name in o.bare_numbers}
NM_ORGANS = re.compile(alternation(NM_ORGAN_ID))


def nm_organ_named(text: str, default: str | None = None) -> str | None:
    """The session/number-style organ (not the Assembly) last named in text."""
    last = None
    for m in NM_ORGANS.finditer(text):
        last = m
    if last is None:
        return default
    return NM_ORGAN_ID.get(last.group(0), default)


# "resolutions adopted by the Human Rights Council, including resolution 36/6",
# "all relevant Human Rights Council resolutions, including resolutions 23/9",
# "the decision by the Human Rights Council in its resolution 26/2"
LEADING_ORGAN = re.compile(
    r"(?:(?:resolutions?|decisions?)\s+(?:adopted\s+)?(?:by|of)\s+the\s+(?P<a>" + ORG_WORDS + r")"
    r"|(?P<b>" + ORG_WORDS + r")\s+(?:resolutions|decisions))"
    r"[^;.]{0,60}?$"
)
ITS_ORGAN = re.compile(r"(?:by|of)\s+the\s+(" + ORG_WORDS + r")\s+in\s*$")
HY_RE = re.compile(HY)
SPACES = re.compile(r"\s+")
SPECIAL_SESSION = re.compile(r"(ES|S)-(\d+)/(\d+)")
ROMAN_SESSION = re.compile(r"(\d+) ?([A-Z])? ?\(([IVXL]+)\)")  # the part letter is kept: 155 C (VII)
YEAR_NUMBER = re.compile(r"(\d+) ?\((\d{4})\)")
SESSION_NUMBER = re.compile(r"(\d+)/(\d+)(?: ?([A-Z]))?")
FIRST_SESSION = re.compile(r"(\d+)/")


def organ_for_words(words: str | None, v: Vocabulary, speaker: str | None, commission: str | None) -> str | None:
    """Organ id for the words before "resolution" ("General Assembly", "Commission", "Council")."""
    if not words:
        return None
    w = words.strip()
    if w == "Commission":
        return commission or "CCPCJ"
    if w == "Council":
        return speaker if speaker in ("ECOSOC", "SC", "HRC") else "ECOSOC"
    if w == "Conference":
        return "CTOC"
    for oid, organ in v.organs.items():
        if w in organ.names or w == organ.label:
            return oid
    # the parties to another convention ("... to the Convention on Biological Diversity") are no organ of ours
    other = bool(OTHER_PARTIES.match(w)) and "United Nations Convention against" not in w
    if w.startswith("Conference of the States Parties"):
        return "?" if other else "COSP"
    if w.startswith("Conference of the Parties"):
        return "?" if other else "CTOC"
    return None


@lru_cache(maxsize=8192)  # the same numbers are cited in file after file
def canonical(num: str, kind: str, organ: str | None, v: Vocabulary, speaker: str | None) -> str | None:
    """Canonical symbol of one cited number, given the organ the context names (or None)."""
    num = SPACES.sub(" ", HY_RE.sub("-", num.strip()))
    decision = kind.lower().startswith("decision")
    m = SPECIAL_SESSION.fullmatch(num)
    if m:
        return f"A/RES/{m.group(1)}-{m.group(2)}/{m.group(3)}"
    m = ROMAN_SESSION.fullmatch(num)
    if m:
        series = "E/RES" if organ == "ECOSOC" else "A/RES"
        return f"{series}/{m.group(1)}{m.group(2) or ''}({m.group(3)})"
    m = YEAR_NUMBER.fullmatch(num)
    if m:
        return f"S/RES/{m.group(1)}({m.group(2)})"
    m = SESSION_NUMBER.fullmatch(num)
    if not m:
        return None
    s, n = m.group(1), m.group(2) + (m.group(3) or "")
    if len(s) < 4 and len(m.group(2)) == 4:
        return None  # number/year ("decisions 250/2002" of the African Commission): no UN series
    if len(s) == 4 and 1946 <= int(s) <= 2100:
        organ = organ if organ in ("ECOSOC",) else "ECOSOC"
    elif organ in (None, "ECOSOC", "SC"):
        own = speaker in ("CCPCJ", "CND", "CSW") or (speaker == "HRC" and int(s) < 31)
        organ = speaker if own and organ is None else "GA"
    o = v.organs.get(organ) if organ else None
    if o is None or (organ == "GA" and int(s) > 99):
        return None  # the Assembly numbers s/n from its 31st session and has not reached its 100th
    return o.symbol("decision" if decision else "resolution", s, n) or o.symbol("resolution", s, n)


def _trailing_organ(after: str, v: Vocabulary, speaker: str | None, commission: str | None) -> str | None:
    """The organ whose name follows the numbers ("... of the United Nations Environment Assembly");
    "?" for a body the vocabulary does not hold (its numbers are no UN symbol), None for no name."""
    body = TRAILING_BODY.match(after)
    if body:
        name = body.group("name")
        for oid, organ in v.organs.items():
            if name == organ.label or name in organ.names:
                return oid
        other = OTHER_PARTIES.match(name) or not (NM_ORGANS.match(name) or re.fullmatch(ORG_WORDS, name))
        if " " in name and BODY_WORD.search(name) and other:
            return "?"
    after_m = TRAILING_ORGAN.match(after)
    return organ_for_words(after_m.group(1), v, speaker, commission) if after_m else None


def _organ_of(m: re.Match, text: str, v: Vocabulary, speaker, commission, recent) -> str | None:
    """The organ of a mention: named before "resolution", around it, or after its numbers."""
    org = m.group("org")
    if org and AND_END.search(org):  # "... the Conference of the Parties to X and resolutions 3/4": X's, not these
        org = None
    organ = speaker if m.group("its") else organ_for_words(org, v, speaker, commission)
    before = text[max(0, m.start() - 160) : m.start()]
    if m.group("its"):
        lead = ITS_ORGAN.search(before)
        if lead:
            organ = organ_for_words(lead.group(1), v, speaker, commission)
    elif not org:
        lead = LEADING_ORGAN.search(before)
        if lead:
            organ = organ_for_words(lead.group("a") or lead.group("b"), v, speaker, commission)
    if not org and not m.group("its"):
        organ = _trailing_organ(text[m.end() : m.end() + 160], v, speaker, commission) or organ
    if organ in (None, "GA") and org not in ("General Assembly", "Assembly"):
        first = FIRST_SESSION.match(m.group("list"))
        if first and int(first.group(1)) < 31:
            organ = nm_organ_named(text[: m.start()], recent) or organ
    return organ


def mentions(text: str, v: Vocabulary, speaker: str | None, commission: str | None = None, recent: str | None = None):
    """Yield (start, end, symbol, date, title, words) for every resolution or decision cited in text.

    `speaker` is the organ whose text this is ("its resolution" means its own); `commission` the
    commission last named, for "Commission resolution 19/2"; `recent` the session/number-style
    organ last named before this text, for a bare "resolution 6/2" that cannot be the Assembly's.
    """
    taken: list[tuple[int, int]] = []
    # every mention has its "resolution" or "decision"; without one, neither MENTION nor
    # FULL_SYMBOL (every symbol has "/RES/" or "/DEC/") need run
    cites = "esolution" in text or "ecision" in text
    for m in _mention_matches(text) if cites else ():
        organ = _organ_of(m, text, v, speaker, commission, recent)
        items = list(ITEM_RE.finditer(m.group("list")))
        # A list whose only date follows its last number dates them all ("2012/12, ... and 2012/19 of 26 July 2012").
        shared = items[-1].group("date") if items and all(not i.group("date") for i in items[:-1]) else None
        base = m.start("list")
        for it in items:
            sym = canonical(it.group("num"), m.group("kind"), organ, v, speaker)
            if sym:
                taken.append((base + it.start(), base + it.end()))
                yield (
                    base + it.start(),
                    base + it.end(),
                    sym,
                    iso_date(it.group("date") or shared),
                    it.group("title"),
                    it.group(0),
                )
            if it.group("title"):  # "entitled “Implementation of General Assembly resolution 46/152 ...”"
                t0 = base + it.start("title")
                for s, e, *rest in mentions(it.group("title"), v, speaker, commission, recent):
                    taken.append((t0 + s, t0 + e))
                    yield (t0 + s, t0 + e, *rest)
    for m in FULL_SYMBOL.finditer(text) if "/RES/" in text or "/DEC/" in text else ():
        if not any(a <= m.start() < b for a, b in taken):
            yield m.start(), m.end(), SPACES.sub("", m.group(0)), None, None, m.group(0)


# A mention begins at its kind ("resolution") or at a word before it: "its", "their" or an organ's
# first word, at most LEAD_REACH characters before the spaces before the kind. MENTION is tried
# only there: at every position, it took most of the citations' time.
KIND = re.compile(r"[Rr]esolution|[Dd]ecision")
LEAD = re.compile(
    r"\b(?:its|their|" + "|".join(sorted({re.split(r"\W", a, maxsplit=1)[0] for a in ORG_WORDS.split("|")})) + ")"
)
LEAD_REACH = 160  # at least the widest ORG_WORDS match (112); tests/test_citations.py holds it to that


def _mention_matches(text: str):
    """MENTION.finditer(text), MENTION tried only where a mention can begin (see LEAD)."""
    pos = 0  # where the next mention may begin: every place before it has been tried
    for kind in KIND.finditer(text):
        k = kind.start()
        if k < pos:
            continue
        ws = k
        while ws > 0 and text[ws - 1].isspace():  # \s, as MENTION reads it
            ws -= 1
        for c in [m.start() for m in LEAD.finditer(text, max(pos, ws - LEAD_REACH), k)] + [k]:
            m = MENTION.match(text, c)
            if m:
                yield m
                pos = m.end()
                break
        else:
            pos = k + 1


ONES = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}
TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
TENTHS = {
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
ORDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|"
    + "|".join(list(TEENS) + list(TENTHS) + list(ONES))
    + r"|\d{1,3}(?:st|nd|rd|th))"
)


def ordinal(word: str) -> int | None:
    """'sixty-eighth' -> 68, '22nd' -> 22."""
    w = word.lower().strip()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", w)
    if m:
        return int(m.group(1))
    if w in ONES:
        return ONES[w]
    if w in TEENS:
        return TEENS[w]
    if w in TENTHS:
        return TENTHS[w]
    if "-" in w:
        t, o = w.split("-", 1)
        if t in TENS and o in ONES:
            return TENS[t] + ONES[o]
    return None


def session_from_words(text: str) -> int | None:
    """'Sixty-seventh session' -> 67."""
    m = re.search(rf"\b({ORDINAL})\s+session\b", text, re.I)
    return ordinal(m.group(1)) if m else None
