"""Directive verbs after "and" and an aside of purpose or topic: "..., in consultation with affected States, and in
order to strengthen the coordination of humanitarian action encourages international humanitarian organizations and
relevant actors to continue to work with national and local authorities" (the yearly ECOSOC text on humanitarian
assistance, op 6: E/RES/2021/17, 2022/10, 2023/16, 2024/8), "..., and with regard to the Repertoire calls upon the
Secretary-General to continue to follow the practice" (the yearly Assembly text on the Charter Committee, A/RES/74/190
op 18 and six later texts). A fixed linking phrase (verbs.yaml `links`: "and in this regard calls upon") is read
where the verbs are; these asides are open phrases, so they are read here, up to the first comma, semicolon or colon.

Also the verbs whose punctuation the source lost, with no comma, "and" or adverb before them: "Expresses its deep
concern about the delays in implementing the Revitalized Agreement urges the leaders of South Sudan to display
political will" (S/RES/2729 (2024) op 6; after adverbs, "... trust urgently calls upon", directives.py reads them).

And no verb of the organ's in a clause of another's, after an aside or adverbs: "Recognizes that the Declaration of
Principles adopted at ..., held in Geneva in December 2003, strongly urges States" (A/HRC/RES/55/7 op 18) is the
Declaration's, `named_subjects`.

Split from directives.py, which calls `aside_hits`, `unpunctuated_hits` and `anothers_clause` beside its own patterns.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from resgraph.extract import verb_words
from resgraph.extract.addressees import TO_VERB
from resgraph.vocab import Vocabulary
from resgraph.wordsearch import alternation, phrases

# the words that open an aside of purpose or topic between "and" and the organ's verb
OPENERS = r"(?:in\s+order|so\s+as)\s+to|with\s+(?:regard|respect|a\s+view)\s+to"
# a verb inside a clause of its own in the aside is that clause's ("in order to ensure that the Committee encourages")
CLAUSE_WORD = re.compile(r"\b(?:that|which|who|whom|whose)\b", re.I)
# at most this many characters of aside: "in order to strengthen the coordination of humanitarian action" is 62
LONGEST = 160


@lru_cache(maxsize=4)
def _pattern(v: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """(the pattern of "and" + aside + a directive verb in the third person, {its form in lower case, one space
    between words: verb}). A form that is also a noun of the verbs ("requests", "demands") is left out: "and in
    order to meet the demands of its current activities", "to facilitate consideration of resource requests". Longest
    first, then in text order (any hash seed). (A noun of several words, "calls upon" in "Reiterates its calls upon the
    parties", is never read in an aside: "and with regard to the Repertoire calls upon the Secretary-General", A/RES/74/190
    op 18, calls upon him.)"""
    nouns = {n for d in v.verbs.values() for n in d.get("nouns") or () if " " not in n}
    by_form = {
        f: k
        for k, d in v.verbs.items()
        for f in d.get("forms") or ()
        if (f.endswith("s") or " " in f) and f not in nouns
    }
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(by_form, key=lambda w: (-len(w), w)))
    # the aside starts and ends at a non-space ((?<!\s): the shortest aside ends so anyway): one run of spaces
    # before the verb is read by one quantifier, not split between the aside and "\s+" at each of LONGEST lengths
    # ("a(?<!\w.)nd" is "\band": each alternative starts with a character, which re looks for without trying the
    # pattern at every position of a paragraph)
    rx = re.compile(
        rf"(?:,|a(?<!\w.)nd)\s+(?:,\s*)?(?P<aside>(?:{OPENERS})\s+(?!\s)[^,;:]{{0,{LONGEST}}}?(?<!\s))\s+(?P<verb>{alt})\b"
    )
    return rx, by_form


def aside_hits(text: str, v: Vocabulary) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, False) of the directive verbs of text that follow "and" and an aside of purpose or topic
    (a verb, never a noun: directives.find's hits), in order."""
    rx, by_form = _pattern(v)
    out = []
    for m in rx.finditer(text):
        if CLAUSE_WORD.search(m.group("aside")):
            continue
        verb = by_form.get(" ".join(m.group("verb").lower().split()))
        if verb:
            out.append((m.start("verb"), m.end("verb"), verb, False))
    return out


# at most this many characters back from the verb to the semicolon or colon that opens its clause, or the paragraph's start
CLAUSE_BACK = 300
# at most this many characters of an aside between a clause word and its subject ("that, as the Panel reported, the")
CLAUSE_ASIDE = 80


@lru_cache(maxsize=4)
def _clause_subject(v: Vocabulary) -> re.Pattern[str]:
    """A clause word and the noun phrase it opens, the subject of a verb after it ("that the Committee", "as States",
    "wherein Iraq"), an aside between commas or a prepositional phrase maybe between them ("Notes that, as the Panel
    reported, the Government urges", "Recalls that in its resolution 70/1 the General Assembly encourages"). A clause
    word with a verb right after it is no such clause: "the attack ... that injured three United Nations personnel and
    contractors encourages the UN" (S/RES/2461 (2019) op 2) is the Council's encouragement."""
    bare = v.mandates["unpunctuated_bare"]
    aside = (
        rf"\s*,[^,;:]{{1,{CLAUSE_ASIDE}}},\s*"
        rf"|\s+(?:{phrases(bare['aside_openers'])})\s+[^,;:]{{0,{CLAUSE_ASIDE}}}?\s+"
        r"|\s+"
    )
    # (or any word after the "that" of the organ's own verb that asks no one, a bare noun's clause: "Stresses that
    # impunity for such crimes encourages their recurrence" asks no one; not after a directive verb's "that": "Decides
    # that funds shall be provided requests the Secretary-General" is the Council's request, its comma lost; nor where an
    # auxiliary or modal stands before the verb, the clause's own verb: "Stresses that humanitarian access must be ensured
    # urges all parties" asks them; searched to the verb, at most CLAUSE_BACK characters)
    said = (
        alternation(sorted({w.lower() for w in v.operative_leads if w.endswith("s")} - _directive_words(v))) or "(?!)"
    )
    return re.compile(
        rf"\b(?:{phrases(bare['clause_words'])})(?:{aside})(?:(?:{phrases(bare['subject_openers'])})\b|[A-Z])"
        rf"|\b(?i:{said})\s+that\s+[a-z](?:(?!\b(?:{phrases(bare['finite_words'])})\b).)*$"
    )


def _directive_words(v: Vocabulary) -> set[str]:
    """The first words of the directive verbs' forms in the third person ("requests", "decides", "calls")."""
    return {f.split()[0] for d in v.verbs.values() for f in d.get("forms") or () if f.split()[0].endswith("s")}


@lru_cache(maxsize=4)
def _organ_clause(v: Vocabulary) -> re.Pattern[str]:
    """A comma and an operative verb of the organ's (vocabulary `operative_leads`), where its next clause opens: a clause
    word before it opens no clause of the verb after it ("Reiterates its aspiration that Somalia should be responsible
    ..., emphasises that the FGS should lead ..., welcomes in this regard the STP urges the FGS and FMS", S/RES/2568
    (2021) op 1). (pronouns.clause_openers reads the same, with links; pronouns imports directives, which imports this.)"""
    verbs = sorted({w.lower() for w in v.operative_leads if w.endswith("s")}, key=lambda w: (-len(w), w))
    return re.compile(rf",\s+(?i:{'|'.join(re.escape(w) for w in verbs)})\s")


def _quoted(text: str, at: int, start: int) -> bool:
    """Whether at is inside a quotation opened after start (the paragraph's) and not closed before at: 'Recalls its
    statement ...: "The Security Council urges all parties to respect ..."' cites another text's verb. The quotes are
    found once per text (_quotes), each verb read in log time: a paragraph of many bare verbs is read in linear time."""
    opens, closes, straight = _quotes(text)
    return (
        _last(opens, start, at) > _last(closes, start, at)
        or (bisect_left(straight, at) - bisect_left(straight, start)) % 2 == 1
    )


@lru_cache(maxsize=8)
def _quotes(text: str) -> tuple[list[int], list[int], list[int]]:
    """The positions of text's opening, closing and straight quotation marks, in order."""
    found: dict[str, list[int]] = {"“": [], "”": [], '"': []}
    for m in re.finditer('[“”"]', text):
        found[m.group()].append(m.start())
    return found["“"], found["”"], found['"']


def _last(positions: list[int], start: int, at: int) -> int:
    """The last of positions in [start, at), or -1 (str.rfind's answer)."""
    i = bisect_left(positions, at)
    return positions[i - 1] if i and positions[i - 1] >= start else -1


@lru_cache(maxsize=4)
def _bare_pattern(v: Vocabulary) -> re.Pattern[str]:
    """A verb's form of _pattern (the third person, never a noun) right after a word, no comma, "and" or adverb between,
    before its object's first word (a determiner or a capital: "urges the leaders", "urges Somalia's partners"). The
    word before is read with it: an adverb, a linking word or one of `not_after` there makes it no such verb. A form
    whose first word is a noun of another's call (mandates.yaml `anothers`: "calls upon") is left out: after a
    possessive or an adjective it is that noun, "Supports the Secretary-General's repeated calls upon all parties"."""
    _, by_form = _pattern(v)
    bare = v.mandates["unpunctuated_bare"]
    nouns = set(v.mandates["anothers"])
    forms = sorted((f for f in by_form if f.split()[0] not in nouns), key=lambda w: (-len(w), w))
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    skip = phrases((*bare["not_after"], *v.mandates["unpunctuated_not_after"], *v.adverbs))
    openers = phrases(bare["subject_openers"])
    # a form that is also a noun ("requests", "demands", _nouns_too) only before its object and an infinitive in the
    # same clause: "... the Security Council charcoal ban requests the Secretary-General and his Special Representative
    # to raise awareness" (S/RES/2124 (2013) op 28), not "the ban requests of the Committee" nor "to meet the demands of"
    # (bounded: at most NOUN_OBJECT characters of object are read from each such form)
    both = "|".join(re.escape(f) for f in _nouns_too(v)) or "(?!)"
    return re.compile(
        rf"(?<![\w’'-])(?!(?:{skip})\s)(?i:[a-z][\w’'-]*)\)?\s+"
        rf"(?:(?P<verb>{alt})\b|(?P<noun>{both})\b(?=\s+[^,;:]{{1,{NOUN_OBJECT}}}?\s{TO_VERB}))"
        rf"(?=\s+(?:(?:{openers})\s|[A-Z]))"
    )


# at most this many characters between a form that is also a noun and its object's infinitive ("requests the
# Secretary-General and his Special Representative to raise": 52)
NOUN_OBJECT = 120


@lru_cache(maxsize=4)
def _nouns_too(v: Vocabulary) -> dict[str, str]:
    """{a verb's form in the third person of one word that is also a noun of the verbs ("requests", "demands"): verb},
    which _pattern leaves out."""
    nouns = {n for d in v.verbs.values() for n in d.get("nouns") or () if " " not in n}
    return {f: k for k, d in v.verbs.items() for f in d.get("forms") or () if f.endswith("s") and f in nouns}


# at most this many characters of an aside set off by commas before a verb's comma (", held in Geneva in December 2003")
NAMED_ASIDE = 80
# at most this many characters back from the verb to the clause word whose named subject the verb has
NAMED_BACK = 240


@lru_cache(maxsize=4)
def _named_clause(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(a clause word and a subject that is a name, maybe a participle's phrase after it, ending where searched to;
    an aside set off by a comma before there, opening with a preposition or a participle). A verb after them is the
    subject's, the clause having no verb of its own before: "Recognizes that the Declaration of Principles adopted at
    the first phase of the World Summit on the Information Society, held in Geneva in December 2003, strongly urges
    States" (A/HRC/RES/55/7 op 18: the Declaration urges), "Notes that the Secretary-General of the World Tourism
    Organization, in his report, invites Member States" (A/RES/75/229 op 7); a name only (capitals, "of the"), as a
    clause whose subject is a common noun may have its verb before the comma: "Emphasizes that the Government of
    Sierra Leone bears the primary responsibility for peacebuilding, security and long-term development in the
    country, encourages the Government" asks it (the participle's phrase holds no auxiliary or modal either)."""
    bare = v.mandates["unpunctuated_bare"]
    name = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|the|and|for|on|in|de)\s+)*[A-Z][\w’'-]*)*"
    # a participle with a preposition right after it ("adopted at", "held in"), not an object: "-ed" is also a past
    # tense, the clause's own verb ("Welcomes that the Government of Mali launched the inclusive national dialogue,
    # with the support of MINUSMA, urges the Government" asks it)
    openers = phrases(bare["aside_openers"])
    participle = rf"[a-z]+(?:ed|ing)|{phrases(bare['aside_participles'])}"
    finite = phrases(bare["finite_words"])
    phrase = rf"\s+(?:{participle})\s+(?:{openers})\b(?:(?!\b(?:{finite})\b)[^,;:])*"
    subject = re.compile(rf"\b(?:{phrases(bare['named_clause_words'])})\s+(?:(?:the|a|an)\s+)?{name}(?:{phrase})?\s*$")
    aside = re.compile(rf",\s*(?:(?:{openers})\s|(?:{participle})\b)[^,;:]{{0,{NAMED_ASIDE}}}$")
    return subject, aside


def named_subjects(text: str, end: int, v: Vocabulary, comma: bool) -> bool:
    """Whether the words before end (where the separator before a directive verb starts: its comma with comma, else
    its adverbs) close a clause whose subject is a name (_named_clause), the verb after being the subject's, no verb
    of the organ's; with comma, only past an aside set off by commas (", in his report,"), its own comma at end."""
    subject, aside = _named_clause(v)
    if comma:
        a = aside.search(text, max(end - NAMED_ASIDE - 40, 0), end)
        if not a:
            return False
        end = a.start()
    return bool(subject.search(text, max(end - NAMED_BACK, 0), end))


# a separator before a verb that is a comma and adverbs only, no "and" or "but" (a verb after it may be a clause's own)
_COMMA_ONLY = re.compile(r",(?:\s+[a-z]+)*\s+$")
# the word a verb with no punctuation before it follows (its adverbs after)
_WORD = re.compile(r"\s\S+")


def anothers_clause(text: str, mm: re.Match[str], key: str, after_comma: bool, v: Vocabulary) -> bool:
    """Whether a verb read after a comma (mid) or after a word and adverbs with no punctuation (unpunctuated) is the verb of
    a clause whose subject is a name, not the organ's (named_subjects): "Recognizes that the Declaration
    of Principles ..., held in Geneva in December 2003, strongly urges States" (A/HRC/RES/55/7 op 18)."""
    if after_comma:
        sep = text[mm.start() : mm.start(key)]
        if not _COMMA_ONLY.match(sep) or re.search(r"\b(?:and|but)\b", sep):
            return False
        return named_subjects(text, mm.start(), v, comma=True)
    word = _WORD.match(text, mm.start())
    return word is not None and named_subjects(text, word.end(), v, comma=False)


def unpunctuated_hits(text: str, v: Vocabulary) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, False) of the directive verbs of text that follow a word with no punctuation, "and" or
    adverb between (the source's lost), in order; not where the clause they stand in (from the semicolon, colon or
    organ's verb before them, or the paragraph's start) has a clause word and a noun phrase, whose verb they are: "Notes that the
    Committee calls upon the host country" (A/RES/74/195 op 10) is the Committee's call; nor inside a quotation."""
    if not verb_words.holds_verb(text, v):  # (no form to read: the pattern is tried at every word)
        return []
    _, by_form = _pattern(v)
    clause = _clause_subject(v)
    out = []
    for m in _bare_pattern(v).finditer(text):
        end = m.end("verb") if m.group("verb") else m.end("noun")
        at = m.start("verb") if m.group("verb") else m.start("noun")
        back = max(at - CLAUSE_BACK, 0)
        opens = max(text.rfind(";", back, at), text.rfind(":", back, at), back)
        opens = max([opens, *(c.end() for c in _organ_clause(v).finditer(text, opens, at))])
        if clause.search(text, opens, at) or _quoted(text, at, 0):
            continue
        form = " ".join((m.group("verb") or m.group("noun")).lower().split())
        verb = by_form.get(form) or _nouns_too(v).get(form)
        if verb:
            out.append((at, end, verb, False))
    return out
