"""Coordinated modifiers: "intergovernmental and non-governmental organizations" names
intergovernmental organizations too, by the head the modifiers share with an alias; coordinated
heads: "international donors and organizations" names international organizations too, by the
modifiers the heads share.

Split from addressees.py, whose windows mandates.py reads it in.
"""

from __future__ import annotations

import re

from resgraph.extract.addressees import DETERMINERS
from resgraph.extract.list_members import everyone, united_nations_heads
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# "intergovernmental and non-governmental organizations": modifiers sharing the head of an alias
COORDINATED = re.compile(r"(?:\b[a-z][\w-]*,\s+)*\b[a-z][\w-]*,?\s+(?:and|or)\s+$")
# COORDINATED read backwards from the alias, on the reversed window: searched forwards from the
# window's start for every alias, it read the whole window each time, and every start of a long
# list of modifiers read the list to its end (cubic). Backwards it reads the list once; the
# greedy repetition reaches the list's first word, where the forward search begins.
# ("United Nations and humanitarian organizations": the Organization's name a modifier too, heldout8 E/RES/2024/8 op 25;
# "Member and observer States": Member States too, heldout9 A/HRC/RES/56/14 op 1)
# ("humanitarian, human rights and development organizations": a modifier of two words, A/HRC/RES/59/12 op 28)
COORDINATED_BACKWARDS = re.compile(
    r"\s+(?:dna|ro)\s+,?(?:snoitaN\s+detinU|rebmeM|sthgir\s+namuh|[\w-]*[a-z])(?!\w)"
    r"(?:\s+,(?:snoitaN\s+detinU|sthgir\s+namuh|[\w-]*[a-z])(?!\w))*"
)


# "regional, " before an alias, backwards: modifiers listed with commas
COMMAS_BACKWARDS = re.compile(r"\s+,[\w-]*[a-z](?!\w)(?:\s+,[\w-]*[a-z](?!\w))*")


MODIFIER = re.compile(r"United\s+Nations|\bMember\b|human\s+rights|[a-z][\w-]*")
# "the Forum and its Bureau", "the United Nations Forum on Forests and its members": a part of the body named
ITS_PART = re.compile(rf"\s+and\s+its\s+({phrases(load().mandates['its_parts'])})\b")  # mandates.yaml `its_parts`
# "international donors and organizations to": a second head after an alias, the noun phrase ending there;
# or more, listed with commas ("special representatives, envoys, coordinators and advisors to", S/RES/2474 op 18);
# or before "in a position": "those Member States and organizations in a position to do so to" (A/RES/74/80 op 18)
AND_HEAD = re.compile(
    r"((?:,\s+[a-z][\w-]*)*,?\s+(?:and|or)\s+[a-z][\w-]*)(?=\s+(?:and|or|to|in\s+a\s+position)\b|\s*[,;:(]|\s*$)"
)
HEAD_WORD = re.compile(r"(?<![\w-])(?!(?:and|or)\b)[a-z][\w-]*")


def in_order(actors) -> list[tuple[str, int, int]]:
    """actors (id, start, end) once each, in the order of their spans: a window's actors with those its coordinated
    modifiers name (coordinated), as the agents' reading wants them."""
    return sorted(dict.fromkeys(actors), key=lambda f: (f[1], f[2]))


def coordinated(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by modifiers that share an alias's head: "intergovernmental and
    non-governmental organizations" names intergovernmental organizations too."""
    out = []
    rev = None  # the window backwards, made once
    for s, _, alias in spans:
        head = alias.split(" ", 1)
        # "international and Non-Governmental Organizations": a head written with capitals is read
        # lower-cased for the modifiers before it, which are lower-case ("international organizations")
        if len(head) < 2 or not (head[0][:1].islower() or head[1][:1].isupper()):
            continue
        if rev is None:
            rev = window[::-1]
        m = COORDINATED_BACKWARDS.match(rev, len(window) - s)
        if not m and re.search(r"\s(?:and|or)\s", alias):
            # "regional, bilateral and multilateral partners": modifiers before an alias that coordinates
            # its own share its last word
            m = COMMAS_BACKWARDS.match(rev, len(window) - s)
            head = [head[0], alias.rsplit(" ", 1)[1]] if m else head
        if not m:
            continue
        first = len(window) - m.end()  # where COORDINATED.search(window, 0, s) would begin
        owner_noun = _owner_noun(alias, v)
        for w in MODIFIER.findall(window, first, s):
            if w in ("and", "or"):
                continue
            w = " ".join(w.split())
            ids, contextual = v.actors_of_alias(w + " " + head[1])
            if not ids and head[1][:1].isupper():
                ids, contextual = v.actors_of_alias(w + " " + head[1].lower())
            if not ids and owner_noun:  # "intergovernmental and civil society organizations": the noun alone
                ids, contextual = v.actors_of_alias(w + " " + owner_noun)
            if ids and not contextual:
                out.append((ids[0], first, s))
        if not any(a <= first < b for a, b, _ in spans):  # not a name's last word read as a modifier
            out.extend(_shared_adjective(window, first, s, head[1], v))
    return (
        out
        + _one_word_heads(window, spans, v)
        + _heads(window, spans, v)
        + parts(window, spans, v)
        + _bare_head(window, spans, v)
        + _shared_heads(window, spans, v)
        + _other_tail(window, spans, v)
        + everyone(window)
        + united_nations_heads(window, spans, v.actors_of_alias)
    )


# the words that open an alias as a determiner, not an owner ("all concerned organizations": not the organizations of
# "all concerned"; review X3 of stop 60)
OWNER_DETERMINERS = frozenset(
    ("the", "a", "an", "all", "any", "each", "every", "other", "such", "its", "their", "these")
)


def _owner_noun(alias: str, v: Vocabulary) -> str | None:
    """The noun of an alias whose other words name an actor, whose members the noun names ("civil society
    organizations": the organizations of civil society), which a modifier coordinated before the alias shares alone:
    "intergovernmental and civil society organizations" names intergovernmental organizations too (heldout41
    A/RES/77/209 op 51). Not where the words before the noun are a modifier of their own ("regional and international
    development partners", "international and regional organizations", "human rights mechanisms and bodies": the
    coordinated modifiers share the whole); nor an alias opened by a determiner ("the civil society actors"), nor a
    noun not plural, the members of no group."""
    words = alias.split(" ")
    if len(words) < 3 or not alias.islower() or {"and", "or"} & set(words):
        return None
    if words[0] in OWNER_DETERMINERS or not words[-1].endswith("s") or words[-1].endswith("ss"):
        return None
    ids, contextual = v.actors_of_alias(" ".join(words[:-1]))
    return words[-1] if ids and not contextual else None


# an adjective before coordinated modifiers, shared by them: "all States, as well as international governmental and
# non-governmental organizations and foundations" (A/RES/77/83 op 10 to 80/60: international organizations too, as the
# earlier years' "international, governmental and non-governmental organizations"); not a determiner ("other
# governmental and non-governmental organizations": the word says which, not what), nor before a name's last word read
# as a modifier ("relevant international and regional organizations and donor countries": no "regional countries")
SHARED_ADJECTIVE = re.compile(r"(?<![\w-])([a-z][\w-]*)\s+$")
NOT_SHARED = DETERMINERS - {"international", "regional", "national"}


def _shared_adjective(window: str, first: int, s: int, head: str, v: Vocabulary) -> list[tuple[str, int, int]]:
    """The actor named by the adjective right before coordinated modifiers (window[first:s]) with the head they
    share: "international governmental and non-governmental organizations" names international organizations."""
    m = SHARED_ADJECTIVE.search(window, max(0, first - 40), first)
    if not m or m.group(1) in NOT_SHARED:
        return []
    ids, contextual = v.actors_of_alias(m.group(1) + " " + head)
    return [(ids[0], m.start(1), s)] if ids and not contextual else []


# "and all other actors", ", other multilateral bodies": a list's last member, others of a kind no alias names whole
OTHER_TAIL = re.compile(
    r"(?:(?<=\band\s)|(?<=\bor\s)|(?<=,\s)|(?<=\bwell as\s)|^)(?:all\s+)?other\s+((?:[a-z][\w-]*\s+){0,3}?)([a-z][\w-]*s)\b"
)


def _other_tail(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by "(all) other <modifiers> <head>" closing a list where no alias names the words
    whole: the head's known name with fewer of its modifiers, else "other <head>" ("the Kimberley Process and
    other appropriate international organizations": international organizations; "the opposition parties, other
    groups, and the Government": no "all groups", those armed, S/RES/2088 (2013) op 11)."""
    out = []
    for m in OTHER_TAIL.finditer(window):
        if any(a < m.end() and m.start() < b for a, b, _ in spans):
            continue
        words, head = m.group(1).split(), m.group(2)
        names = [" ".join(words[k:]) + " " + head for k in range(len(words))] + [f"other {head}"]
        for n in names:
            ids, contextual = v.actors_of_alias(n)
            if ids and not contextual:
                out.append((ids[0], m.start(), m.end()))
                break
    return out


# modifiers coordinated before a head that no alias ends: "economic, financial and monetary institutions"
# ("humanitarian and human rights organizations": "human rights" one modifier, not the head)
WORD = r"(?:human\s+rights|[a-z][\w-]*)"
# the tail (join, modifier, head) found forwards, the modifiers before it read back once on the reversed window (linear)
BARE_TAIL = re.compile(rf"(?<=[\w-]),?\s+(?:and|or)\s+({WORD})\s+(?!rights\b)([a-z][\w-]*s)\b")
WORD_BACKWARDS = r"(?:sthgir\s+namuh|[\w-]*[a-z])(?!\w)"
MODIFIERS_BACKWARDS = re.compile(rf"{WORD_BACKWARDS}(?:\s+,{WORD_BACKWARDS})*")


def _bare_head(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by a modifier coordinated with others before a head no alias of the window ends:
    "international and regional economic, financial and monetary institutions" names financial
    institutions (heldout5 A/HRC/RES/56/22 op 10), though "monetary institutions" is no name."""
    out = []
    rev = None  # the window backwards, made once
    last = 0  # where the match before ends: a run reads back no further
    for tail in BARE_TAIL.finditer(window):
        if rev is None:
            rev = window[::-1]
        run = MODIFIERS_BACKWARDS.match(rev, len(window) - tail.start(), len(window) - last)
        if run is None:
            continue
        start, end = len(window) - run.end(), tail.end()
        last = end
        if any(a < end and start < b for a, b, _ in spans):
            continue
        head = tail.group(2)
        for w in MODIFIER.findall(window, start, tail.end(1)):
            ids, contextual = v.actors_of_alias(w + " " + head)
            if ids and not contextual and w not in ("and", "or"):
                out.append((ids[0], start, end))
    return out


def parts(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named as a part of the body named before: "the Forum and its Bureau" names the Bureau of
    the Forum, "the United Nations Forum on Forests and its members" the members of the Forum (its
    aliases and contextual names, "the Forum", read after "<part> of")."""
    out = []
    for _, e, alias in spans:
        m = ITS_PART.match(window, e)
        if not m:
            continue
        ids, contextual = v.actors_of_alias(alias)
        for a in v.default_of_alias(alias) if contextual else ids:
            act = v.actors.get(a)
            names = (act.aliases + act.contextual) if act else ()
            for n in names:
                found, ctx = v.actors_of_alias(f"{m.group(1)} of {n if n.startswith('the ') else 'the ' + n}")
                if found and not ctx:
                    out.append((found[0], m.start(1), m.end(1)))
                    break
    return out


# "other relevant institutions and organizations": heads coordinated after modifiers, the first no alias
# (heldout8 E/RES/2024/8 op 4: international organizations)
HEADS = re.compile(r"\b((?:[a-z][\w-]*\s+){1,3}?)[a-z][\w-]*s\s+(?:and|or)\s+([a-z][\w-]*s)\b(?!\s+[a-z][\w-]*s\b)")


def _shared_heads(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by modifiers shared with a head coordinated after an unknown one: "other relevant
    institutions and organizations" names other relevant organizations (not inside a name)."""
    out = []
    for m in HEADS.finditer(window):
        if any(a < m.end(2) and m.start(2) < b for a, b, _ in spans):
            continue
        words = m.group(1).split()
        for k in range(len(words)):
            ids, contextual = v.actors_of_alias(" ".join(words[k:]) + " " + m.group(2))
            if ids and not contextual:
                out.append((ids[0], m.start(2), m.end(2)))
                break
    return out


def _heads(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by heads coordinated with an alias's: "international donors and organizations"
    names international organizations too; the modifiers shared are the alias's first words, as many as
    make a known name ("international financial institutions and organizations": international
    organizations), else its last ones ("United Nations human rights mechanisms and procedures": human
    rights procedures, heldout10 A/HRC/RES/56/2 op 34). After States named with no modifier to share,
    "organizations" are international organizations ("all Governments and organizations", heldout3
    E/RES/2022/17 op 7), not "organizations of the United Nations system" (an alias of its own)."""
    out = []
    for _, e, alias in spans:
        m = AND_HEAD.match(window, e)
        if not m:
            continue
        words = alias.split(" ")[:-1]
        # the modifiers shared, the longest run first: "international financial organizations" is none
        runs = [words[:k] for k in range(len(words), 0, -1)] + [words[k:] for k in range(1, len(words))]
        for h in HEAD_WORD.finditer(m.group(1)):
            found = None
            for run in runs:
                ids, contextual = v.actors_of_alias(" ".join(run) + " " + h.group(0))
                if ids and not contextual:
                    found = ids[0]
                    break
            if found is None and h.group(0) == "organizations" and not OF_NEXT.match(window, m.start(1) + h.end()):
                ids, _ = v.actors_of_alias(alias)
                found = "InternationalOrganizations" if ids and ids[0] in STATE_KINDS else None
            if found:
                out.append((found, m.start(1) + h.start(), m.start(1) + h.end()))
    return out


OF_NEXT = re.compile(r"\s+of\b")
STATE_KINDS = frozenset(("States", "MemberStates"))


# "Somali and regional parties": a modifier coordinated with the one before a one-word alias
ONE_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Za-z][\w-]*)\s+(?:and|or)\s+[a-z][\w-]*\s+$")


def _one_word_heads(window: str, spans, v: Vocabulary) -> list[tuple[str, int, int]]:
    """Actors named by a modifier coordinated before a one-word alias and the modifier next to it, where COORDINATED
    reads only a head of two words: "all Somali and regional parties" names regional parties (S/RES/1474 (2003)
    op 6), "bilateral, regional and multilateral partners" regional partners (S/RES/2480 (2019) op 14, as
    "regional, bilateral and multilateral partners" in test_heldout_addressee_faults)."""
    out = []
    for s, _, alias in spans:
        if " " in alias:
            continue
        m = ONE_WORD_BEFORE.search(window, max(0, s - 60), s)
        if not m or m.group(1).lower() in ("and", "or", "the", "all"):
            continue
        ids, contextual = v.actors_of_alias(m.group(1) + " " + alias)
        if ids and not contextual:
            out.append((ids[0], m.start(1), m.end(1)))
    return out
