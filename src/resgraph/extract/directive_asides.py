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

Split from directives.py, which calls `aside_hits` and `unpunctuated_hits` beside its own patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

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


_BARE = load().mandates["unpunctuated_bare"]
# a clause word and the noun phrase it opens, the subject of a verb after it ("that the Committee", "as States")
_CLAUSE_SUBJECT = re.compile(
    rf"\b(?:{phrases(_BARE['clause_words'])})\s+(?:(?:{phrases(_BARE['subject_openers'])})\b|[A-Z])"
)
# at most this many characters back from the verb to the comma, semicolon or colon that opens its clause
CLAUSE_BACK = 300


@lru_cache(maxsize=4)
def _bare_pattern(v: Vocabulary) -> re.Pattern[str]:
    """A verb's form of _pattern (the third person, never a noun) right after a word, no comma, "and" or adverb between,
    before its object's first word (a determiner or a capital: "urges the leaders", "urges Somalia's partners"). The
    word before is read with it: an adverb, a linking word or one of `not_after` there makes it no such verb."""
    _, by_form = _pattern(v)
    alt = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(by_form, key=lambda w: (-len(w), w)))
    skip = phrases((*_BARE["not_after"], *load().mandates["unpunctuated_not_after"], *v.adverbs))
    return re.compile(
        rf"(?<![\w’'-])(?!(?:{skip})\s)(?i:[a-z][\w’'-]*)\)?\s+(?P<verb>{alt})\b"
        rf"(?=\s+(?:(?:{phrases(_BARE['subject_openers'])})\s|[A-Z]))"
    )


def unpunctuated_hits(text: str, v: Vocabulary) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, False) of the directive verbs of text that follow a word with no punctuation, "and" or
    adverb between (the source's lost), in order; not where the clause they stand in (from the comma, semicolon or
    colon before them) opens with a clause word and a noun phrase, whose verb they are: "Notes that the Committee calls
    upon the host country" (A/RES/74/195 op 10) is the Committee's call."""
    _, by_form = _pattern(v)
    out = []
    for m in _bare_pattern(v).finditer(text):
        at = m.start("verb")
        back = max(at - CLAUSE_BACK, 0)
        opens = max(text.rfind(",", back, at), text.rfind(";", back, at), text.rfind(":", back, at), back)
        if _CLAUSE_SUBJECT.search(text, opens, at):
            continue
        verb = by_form.get(" ".join(m.group("verb").lower().split()))
        if verb:
            out.append((at, m.end("verb"), verb, False))
    return out
