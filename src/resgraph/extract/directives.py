"""Directive verbs: where each verb of an operative paragraph that asks something is, and which.

The forms and nouns of ontology/vocab/verbs.yaml are read into a few patterns once per vocabulary
("Requests", "Calls once again upon", "Reiterates its request that", "..., and urges"), so that a
paragraph is read in one pass for its verbs: each is a mandate's start, the text up to the next one
its clause. Split from mandates.py, which reads each verb's window and clause; the patterns are
read by vocabulary, not by paragraph, as that is what they depend on.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract import directive_asides, verb_words
from resgraph.extract.addressees import TO_VERB
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import alternation, phrases

# a renewed call in the middle ("Reaffirms its call upon X ..., and its call upon Y") is read only
# in a paragraph that opens with one ("Reiterates the importance of gender analysis ... and its request to the
# Secretary-General", S/RES/2382 (2017) op 13); not after another organ's call or request named before it:
# "Reiterates the importance of the call by the General Assembly for all stakeholders ... and its request to United
# Nations entities" is the Assembly's request, no mandate (the ECOSOC WSIS resolutions: gold E/RES/2021/28 op 59,
# heldout4 E/RES/2024/13 op 78, heldout8 E/RES/2023/3 op 71)
# (the verbs are verbs.yaml `restating`: "Reiterates", "Reaffirms", "Renews", "Stresses", "Restates")
ANOTHERS = re.compile(  # (the nouns are data: ontology/vocab/mandates.yaml `anothers`)
    rf"\b(?:{phrases(load().mandates['anothers'])})\s+(?:by|of)\s+the\s+"
    r"(?:General\s+Assembly|Security\s+Council|Human\s+Rights\s+Council|Economic\s+and\s+Social\s+Council|Assembly)\b"
)


# an item lettered inline, the segmenter having left it in its paragraph's text ("...: a. Calls upon", "; (b) recommends"),
# read with the space before it; a full stop that ends a sentence inside a paragraph: after a lower-case letter, a digit
# or a bracket, before a capital (not an abbreviation's: "the U.N. Requests Office")
ITEM = r"\s(?:(?:[a-z]|[ivx]{1,5})\.|\((?:[a-z]|[ivx]{1,5})\))"
SENTENCE = r"\.(?<=[a-z\d)]\.)(?=\s+[A-Z])"


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    """words as a regex alternative, tried longest first (wordsearch.alternation), or "(?!)" when there are none."""
    return alternation(words) or "(?!)"


@lru_cache(maxsize=4)
def restating(v: Vocabulary) -> tuple[str, str, re.Pattern[str]]:
    """verbs.yaml `restating`: (the verbs that restate a mandate before "its" or "the" as a regex alternative, those
    before "its" only, and the pattern of a paragraph that opens with one of them, one of the second kind only before
    its own "its": "Reiterates its call upon X ..., and its call upon Y" renews two mandates; "Reiterates the
    importance of ... and its request to" one; "Stresses its request to X ..., and its call upon Y" two, but in
    "Stresses the role of the Panel of Experts and its calls upon Member States" the calls are the Panel's)."""
    r = v.restating
    both, its = list(r.get("its_or_the") or ()), list(r.get("its") or ())
    _, gap = _adverb_alternatives(v)
    opening = _alternation([w.capitalize() for w in both])
    its_opening = rf"|(?:{_alternation([w.capitalize() for w in its])}){gap}its\b" if its else ""
    return _alternation(both), _alternation(its), re.compile(rf"(?:Also\s+)?(?:{opening}{its_opening})")


@lru_cache(maxsize=4)
def not_before(v: Vocabulary) -> dict[str, re.Pattern[str]]:
    """verbs.yaml `not_before`: the words after which a verb's form asks no one unless an actor
    follows ("its call for Israel and Lebanon to support" asks them; "its call for the immediate
    release", "requests for assistance" are nouns, no mandate)."""
    return {
        k: re.compile(r"\s+(?:" + "|".join(map(re.escape, d["not_before"])) + r")\b")
        for k, d in v.verbs.items()
        if d.get("not_before")
    }


@lru_cache(maxsize=4)
def _between(v: Vocabulary) -> re.Pattern[str]:
    """The adverbs and linking phrases of verbs.yaml between two words of a form, as _form_key reads it."""
    words = sorted({a.lower() for a in (*v.adverbs, *v.links)}, key=len, reverse=True)
    return re.compile(r" (?:" + "|".join(re.escape(a) for a in words) + r")(?= )")


def _form_key(form: str, v: Vocabulary) -> str:
    """A verb form as verbs.yaml writes it: lower case, one space between words, the adverbs, linking phrases and
    commas read between its words left out ("Calls, once again, upon": "calls upon"; "continues to urge" stays)."""
    return _between(v).sub("", " ".join(form.lower().replace(",", " ").split()))


def _noun_before(v: Vocabulary, verb: str) -> str:
    """verbs.yaml `noun_before`: the words after which a verb's form is always a noun, never a verb
    ("exemption notifications and requests submitted by Member States", S/RES/2769 (2025) op 17): a
    lookahead that keeps the form from being read."""
    words = v.verbs[verb].get("noun_before")
    return rf"(?!\s+(?:{'|'.join(map(re.escape, words))})\b)" if words else ""


def once_each(words: set[str]) -> list[str]:
    """words (adverbs, linking phrases) for a regex alternative that is repeated, without those that are others in a
    row ("again strongly": "again", "strongly"), longest first and then in text order, so the pattern is the same
    under any hash seed. Each run of words is then read one way only: with "again strongly" beside "again" and
    "strongly", k of them in a row were read 2**k ways before a verb that was not there ("Calls" and 16 "again
    strongly": 0.4 s, each more doubling it). Also pronouns._any_clause's."""

    def in_a_row(toks: list[str], whole: bool) -> bool:
        return any(
            " ".join(toks[:j]) in words and (j == len(toks) or in_a_row(toks[j:], False))
            for j in range(1, len(toks) + (0 if whole else 1))
        )

    return sorted((w for w in words if not in_a_row(w.split(), True)), key=lambda w: (-len(w), w))


def _adverb_alternatives(v: Vocabulary) -> tuple[str, str]:
    """(adverbs, gap): the adverbs as a regex alternative, and what a form of several words may hold between its
    words, adverbs or linking phrases set off by commas or not: "Calls once again upon", "calls also on", "calls in
    particular on", "calls, once again, on", "calls, therefore, upon" (heldout8 S/RES/1494 (2003) ops 18, 23); both
    the verbs' forms and the participles that open a paragraph (_participle_lead) are read with them. Each comma is
    read one way: one after a phrase that is followed by another is the separator before the next (",,?"), so k
    phrases set off by commas are read in k ways, not 2**k."""
    adv = "|".join(re.escape(a) for a in once_each(set(v.adverbs)))
    inner = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in once_each({*v.adverbs, *v.links}))
    return adv, rf"(?:(?:,\s*|\s+)(?:{inner})(?:(?:,,?\s*|\s+)(?:{inner}))*,?)?\s+"


# what follows a reiterated plural (verbs.yaml `reiterated_plural`) that restates the decisions' content: the
# resolution that took them, then "that" or an infinitive ("its decisions in resolution 2046 that Sudan and South Sudan
# shall"); not "its decisions in and the requirements of resolution 1540 (2004)", a reference; nor a relative "that"
# ("its decisions that remain in force under resolution 1970", "that were set out in") or a "to" that opens no
# infinitive ("its decisions to that effect", "..., to which the Government has not yet responded") (review 50, 6)
_CONTENT_NEXT = (
    r"(?:in\s+(?:its\s+)?resolution\s+[\d/]+(?:\s*\(\d{4}\))?\s*,?\s+)?"
    r"(?:that\b(?!\s+(?:were|was|are|is|remain|remains|have|has|had)\b)"
    rf"|(?!to\s+(?:which|whom)\b){TO_VERB})"
)


@lru_cache(maxsize=4)
def _verb_regexes(v: Vocabulary):
    """The patterns verbs are read by, built once per vocabulary: (lead, lead_noun, mid, mid_noun, mid_renewed,
    unpunctuated, unpunctuated_renewed, by_form, by_noun, after, after_link), the last two read after a verb
    (after_verb)."""
    forms = sorted(((f, k) for k, d in v.verbs.items() for f in d.get("forms") or ()), key=lambda x: -len(x[0]))
    nouns = sorted(((n, k) for k, d in v.verbs.items() for n in d.get("nouns") or ()), key=lambda x: -len(x[0]))
    adv, gap = _adverb_alternatives(v)
    f_alt = "|".join(gap.join(map(re.escape, f.split())) + _noun_before(v, k) for f, k in forms)
    # a verb capitalised inside a paragraph, after "and" or a semicolon: "Requests and Encourages the Special
    # Representative" (S/RES/2241 (2015) op 5), "...; and Requests the Secretary-General to increase" (S/RES/2453 (2019)
    # op 14); only the third-person forms ("Request for ..." may open a title); not after a bare comma (review 49,
    # finding 7), where it is more often the operative words of a text quoted in the paragraph: "the following draft
    # resolution: “The General Assembly, Recalling its resolution 70/1, Requests the Secretary-General ...”", "which
    # states: “The Committee, Decides to designate ...”" (lost with it: a typo's "..., entitled “...”, Urges Member
    # States", the comma standing for "and")
    f_cap = "|".join(
        gap.join(map(re.escape, (f[0].upper() + f[1:]).split())) + _noun_before(v, k)
        for f, k in forms
        if f.split()[0].endswith("s")
    )
    # "Reiterates its call on", "Reaffirms its call on", "renews its request": a renewed mandate, as "Reiterates its
    # decision" (`reiterated`); not a decision reaffirmed, nor anything recalled (the gold: S/RES/2433 (2018) ops 6, 19)
    r_alt = "|".join(re.escape(n) for n, k in nouns if v.verbs[k].get("renewed", True))
    i_alt = "|".join(re.escape(n) for n, k in nouns if v.verbs[k].get("reiterated"))
    plurals = sorted(
        ((n, k) for k, d in v.verbs.items() for n in d.get("reiterated_plural") or ()), key=lambda x: -len(x[0])
    )
    p_alt = "|".join(re.escape(n) for n, _ in plurals) or "(?!)"
    # "and in this regard calls upon", "and, in this respect, urges": a linking phrase before the verb
    link_alt = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(v.links, key=len, reverse=True))
    # "\s*,?\s+" and "\s*,?\s*" split a run of spaces many ways (quadratic in it): the comma, if
    # any, comes with its own spaces
    link_ne = rf",?\s*(?:{link_alt})(?:\s*,\s+|\s+)" if link_alt else "(?!)"
    link = rf"(?:{link_ne})?" if link_alt else ""
    # a paragraph may open with a quotation mark: "“Decides to adopt the attached declaration" (S/RES/1467)
    lead = re.compile(rf"^[“\"‘]?{link.replace(',?', '', 1)}(?:(?:{adv})\s+)*(?P<verb>{f_alt})\b", re.I)
    # ("Reiterates it request to the 1540 Committee", S/RES/2663 (2022) op 15: the typo of "its", which no noun of a
    # verb follows otherwise)
    # adverbs or linking phrases between the verb and "its": "and reiterates in this regard its request to the
    # Secretary-General to enhance" (heldout10 S/RES/2359 (2017) op 5), "Reiterates also its demand that" (not
    # before "the": "Reiterates, in this regard, the call made in the declaration ...", A/RES/74/19 op 194, is another's)
    # ("Stresses its request to the Secretary-General", not "Emphasizes the recommendation of": verbs.yaml `restating`)
    both, its_only, _ = restating(v)
    # ("Reiterates the Security Council’s demand for the Governments of Sudan and South Sudan to provide": the organ
    # naming itself, heldout23 S/RES/2575 (2021) op 4, S/RES/2519 (2020) op 4; the names are data: mandates.yaml `own_names`)
    own = _alternation(load().mandates["own_names"])
    # ("reiterates calls upon all parties": no "its", only before a noun that holds its preposition, verbs.yaml
    # `restating.bare`)
    bare = "|".join(gap.join(map(re.escape, n.split())) for n in v.restating.get("bare") or ()) or "(?!)"
    # (not another's call, its caller named before the infinitive: "reiterates calls on the international community
    # made by the Special Rapporteur to increase assistance", review 50, 13; the participles are `restating.bare_not_by`)
    by = _alternation(v.restating.get("bare_not_by") or ())
    if by:
        bare = rf"(?:{bare})(?!(?:(?!\b{TO_VERB})[^;])*?\b(?:{by})\s+by\b)"
    # (an adjective between "its" and the noun, verbs.yaml `restating.qualifiers`: "Reiterates its urgent call upon",
    # "Reiterates its continuing authorization to UNOCI", S/RES/2062 (2012) op 5)
    qual = rf"(?:(?:{_alternation(v.restating.get('qualifiers') or ())})\s+)?"
    renewed = (
        rf"(?:(?:{adv})\s+)*(?:(?:(?:{both})(?:{gap}its?|\s+the(?:\s+(?:{own})['’]s)?)|(?:{its_only}){gap}its?)\s+"
        rf"{qual}(?=(?:{r_alt})\b)|reiterates{gap}its\s+{qual}(?=(?:{i_alt or r_alt})\b)"
        rf"|(?:{both})\s+(?=(?:{bare})\b)|reiterates{gap}its\s+(?=(?:{p_alt})\s+{_CONTENT_NEXT}))"
        rf"(?P<noun>{r_alt}{'|' + i_alt if i_alt else ''}|{p_alt})\b"
    )
    lead_noun = re.compile("^" + renewed, re.I)
    # "a(?<!\w.)nd" is "\band": a pattern that starts with a character re can look for without
    # trying the whole pattern at every position
    # (or an item lettered without parentheses after a colon or semicolon, which the segmenter leaves in the
    # paragraph's text: "... and assist them: a. requests the GFRS to facilitate ...; b. encourages the Panel
    # ...", S/RES/2713 (2023) op 27), its verb in the third person ("Signals its intention ... to: a. schedule
    # ...; b. request the Secretary-General": no request, S/RES/2741 (2024) op 10)
    # (adverbs are read before the verb, or before a linking phrase and only there: read on both sides of a bare
    # run of spaces, k adverbs after "and" were split k ways, quadratic in them)
    # (the item's letter is read with the colon, semicolon or comma and the space before it, not after a look-behind:
    # every alternative then starts with a character, or the pattern was tried at every position of a paragraph)
    # (or in parentheses, the items left inline in the paragraph: "...; (b) recommends assisting developing countries in
    # attaining long-term debt sustainability ...; and (c) also recommends", A/RES/76/193 op 21)
    # (its verb may have a capital: "..., and in that regard: a. Calls upon all non-nuclear-weapon States ..., b. Calls
    # upon all States to sign", S/RES/1887 (2009) op 15; "c. Encourages leaders at the national and local level", S/RES/2467
    # (2019) op 16; the capitalised forms are the third person's only, f_cap)
    item = rf"{ITEM}(?=\s+(?i:(?:{adv})\s+)*[A-Za-z][a-z]*s\b)"
    # a second sentence of the paragraph that opens with a capitalised verb: "... of up to 1,897 Civilian Police. Requests
    # the Secretary-General to devise ... a progressive drawdown strategy" (S/RES/1608 (2005) op 3, heldout39 08), "...
    # safety and security of peacekeepers. Encourages partnerships to support" (S/RES/2518 (2020) op 7); the full stop
    # after a lower-case letter, a digit or a bracket, not an abbreviation's capital ("U.N. Requests" is no sentence)
    # ("but" joins the organ's next verb as "and" does: "Notes the limited steps taken ..., but urges the Turkish Cypriot
    # side and the Turkish forces to rescind", S/RES/1486 (2003) op 4; ", but requests the Secretary-General to maintain",
    # S/RES/2213 (2015) op 10)
    # (the adverbs that narrow the ask before, mandates.yaml `narrowing`, only after "and", a comma or an aside set off
    # by commas between or not: "and particularly urges the National Transitional Government", S/RES/1579 (2004) op 7; "and,
    # during the current process of transition and beyond, particularly encourages", S/RES/2145 (2014) op 11; not as
    # adverbs anywhere, before a noun that has a verb's form: "..., especially requests from Member States for
    # technical assistance", "..., particularly demands arising from new mandates", review 50, 4)
    narrow = rf"a(?<!\w.)nd(?:\s*,(?:[^,;]{{1,200}},)?)?\s+(?:{phrases(v.mandates.get('narrowing') or ())})(?:\s*,)?\s+"
    # (after an item letter or a sentence's full stop, the adverbs and linking phrases in any case, as they open it: ".
    # Further requests the Secretary-General", "a. Further calls upon", "b. In this regard, urges")
    run = rf"(?:(?:\s+(?:{adv})\b)*{link_ne}|\s+)?(?:(?:{adv})\s+)*"
    mid = re.compile(
        rf"(?:{narrow}(?:(?:{adv})\s+)*|(?:,|;|a(?<!\w.)nd|b(?<!\w.)ut){run}|(?::{item}|;{item}|,{item}|{SENTENCE})(?i:{run}))"
        rf"(?P<verb>{f_alt}|(?<!,\s)(?<!,\s\s)(?:{f_cap}))\b"
    )
    # (adverbs before the linking phrase too: "; also in this regard strongly urges Eritrea", heldout11 S/RES/1622
    # (2005) op 7; "; and also in this regard calls upon Eritrea", S/RES/1560 (2004) op 4)
    # adverbs with no comma or "and" before them, the source's punctuation lost: "... build mutual trust urgently calls
    # upon the parties to engage" (S/RES/2729 (2024) op 6), "... children's rights further calls upon the Government of
    # the DRC" (S/RES/2808 (2025) op 12), "... signed on 12 March 2012 further strongly urges the opposition forces"
    # (S/RES/2155 (2014) op 18); not after a pronoun that is a clause's own subject, "as it further decides on the next
    # steps" (S/RES/2628 (2022) op 51), nor after "to" or a modal (mandates.yaml `unpunctuated_not_after`)
    subjects = _alternation(load().mandates["unpunctuated_not_after"])
    # (nor at an adverb: the run is read from the word before it only, so a run of k adverbs is read once, not k times)
    unpunctuated = re.compile(rf"\s(?!(?:{subjects}|{adv})\s)[\w’'()-]+\s+(?:(?:{adv})\s+)+(?P<verb>{f_alt})\b")
    # a mandate renewed after adverbs, its punctuation lost the same way: "... to support the mission's activities further
    # reiterates its request that, in the implementation of the recommendations of the Strategic Review, UNSMIL explores"
    # (S/RES/2656 (2022) op 3, S/RES/2702 (2023) op 3: UNSMIL's second request lost, its window read into the first's)
    unpunctuated_renewed = re.compile(rf"\s(?!(?:{subjects}|{adv})\s)[\w’'()-]+\s+(?=(?:{adv})\s){renewed}")
    # "Reaffirms its call upon X ..., and its call upon Y": a second renewed mandate (not a decision)
    mid_noun = re.compile(rf"(?:,|a(?<!\w.)nd)\s+its\s+(?P<noun>{r_alt})\b")
    # "..., and reiterates its request that the Secretary-General": a request renewed in the middle
    # (a linking phrase before it: "and in this regard reiterates its request to UNODC", S/RES/2743 (2024) op 19;
    # after a semicolon, as a verb: "... in Haiti; reaffirms its call upon MINUSTAH to continue", S/RES/2119 (2013) op 7)
    mid_renewed = re.compile(rf"(?:,|;|a(?<!\w.)nd)(?:\s+|{link}){renewed}")
    # "Requests further that ...": an adverb after the verb; "Recommends in this context to States",
    # "encourages, in this regard, all those": a linking phrase (not after "decides": "Decides in
    # this regard that the measures ... apply" asks no one the clause names)
    # "Urges further in this context that": adverbs and linking phrases one after another
    # (one run of spaces is read by one "\s*" only: two in a row split it many ways, quadratic in it)
    after = re.compile(rf"(?:\s*(?:,\s*)?(?:{adv})\b(?:\s*,)?(?=\s))+")
    after_link = re.compile(rf"(?:\s*(?:,\s*)?(?:{adv}{'|' + link_alt if link_alt else ''})\b(?:\s*,)?(?=\s))+")
    by_form, by_noun = {_form_key(f, v): k for f, k in forms}, {_form_key(n, v): k for n, k in (*nouns, *plurals)}
    return (
        lead,
        lead_noun,
        mid,
        mid_noun,
        mid_renewed,
        unpunctuated,
        unpunctuated_renewed,
        by_form,
        by_noun,
        after,
        after_link,
    )


@lru_cache(maxsize=4)
def _participle_lead(v: Vocabulary) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """(the pattern of a participle of verbs.yaml `participles`, or a bare form of its `bare`, that opens a paragraph,
    adverbs before it or between its words: "Calling on", "Further calling upon", "Strongly encouraging", "Call upon",
    "We further call upon"; {its form as _form_key reads it: verb})."""
    forms = sorted(
        ((f, k) for k, d in v.verbs.items() for f in (*(d.get("participles") or ()), *(d.get("bare") or ()))),
        key=lambda x: -len(x[0]),
    )
    if not forms:
        return None, {}
    adv, gap = _adverb_alternatives(v)
    alt = "|".join(gap.join(map(re.escape, f.split())) for f, _ in forms)
    lead = re.compile(rf"^[“\"‘]?(?:(?:{adv})\s+)*(?P<verb>{alt})\b", re.I)
    return lead, {_form_key(f, v): k for f, k in forms}


@lru_cache(maxsize=4)
def _paired_noun(v: Vocabulary) -> re.Pattern[str]:
    """A second noun of a renewed mandate joined to the first by "and": "Reiterates its invitation and encouragement to
    all States parties, interested States, ... to participate" (A/RES/74/62 op 7 and its cluster munitions twins 75/62,
    76/47, 77/79, 78/32, 79/58, 80/52) renews two mandates, an invitation and an encouragement, of the same
    addressees, as "Invites and encourages all interested States" asks them twice (mandates.py joins them)."""
    nouns = [n for k, d in v.verbs.items() for n in d.get("nouns") or () if d.get("renewed", True)]
    return re.compile(rf"\s+and\s+(?P<noun>{_alternation(nouns)})\b")


def after_verb(v: Vocabulary) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(adverbs, adverbs or linking phrases) that may follow a verb before its window: "Requests further
    that", "Recommends in this context to States" (the second, not after "decides")."""
    return _verb_regexes(v)[-2:]


@lru_cache(maxsize=4)
def _clause_stop(v: Vocabulary) -> re.Pattern[str]:
    """An inline item letter after a colon, semicolon or comma, or a sentence's full stop, before a word that opens an
    operative paragraph (leads.yaml `operative`: verbs and their adverbs, "Stresses", "Notes", "Further")."""
    leads = _alternation(sorted(v.operative_leads))
    return re.compile(rf"(?:[:;,]{ITEM}|{SENTENCE})(?=\s+(?:{leads})\b)")


def clause_stops(text: str, v: Vocabulary) -> list[int]:
    """Where a clause ends before the next directive verb, at a paragraph's next item or sentence whose verb asks
    no one: "b. Calls upon all States to sign ..., c. Stresses the importance ... and for the IAEA to report to the
    Council" (S/RES/1887 (2009) op 15) calls upon States, asks the IAEA for no report (c. is b.'s clause no more)."""
    return [m.start() for m in _clause_stop(v).finditer(text)]


def _before_that(text: str, end: int) -> int:
    """A verb's end before the "that" its form ends with ("resolves that", only before "that": "Resolves to
    continue" is no decision): the "that" opens the clause the window reads (windows.py), its subject
    who shall act ("Resolves that Member States shall make advances")."""
    return len(text[: end - 4].rstrip()) if text.endswith("that", 0, end) else end


def find(text: str, v: Vocabulary, participle: bool = False) -> list[tuple[int, int, str, bool]]:
    """(start, end, verb id, a noun?) of the directive verbs of an operative paragraph, in order; with participle
    (a numbered operative paragraph's own text, not an item's), a participle that opens it is its verb: "15. Calling
    on international partners to assist the CAR Authorities" (S/RES/2448 (2018)) calls upon them, as "Calls on"; so is
    a bare form ("We call upon landlocked developing countries", A/RES/74/15 op 32; "Call on", S/RES/2343 (2017) op 10)."""
    lead, lead_noun, mid, mid_noun, mid_renewed, unpunctuated, unpunctuated_renewed, by_form, by_noun, _, _ = (
        _verb_regexes(v)
    )
    hits: list[tuple[int, int, str, bool]] = []
    m = lead.match(text) or lead_noun.match(text)
    if m:
        verb = by_form.get(_form_key(m.groupdict().get("verb") or "", v)) or by_noun.get(
            _form_key(m.groupdict().get("noun") or "", v)
        )
        hits.append((m.start(), _before_that(text, m.end()), verb, bool(m.groupdict().get("noun"))))
    elif participle:
        opening, by_participle = _participle_lead(v)
        pm = opening.match(text) if opening else None
        if pm:
            hits.append((pm.start(), pm.end(), by_participle[_form_key(pm.group("verb"), v)], False))
    # the places the hits cover: a hit starts outside the others and spans a verb, so this stays
    # linear in the paragraph, where testing each match against every hit was quadratic
    covered = {i for h in hits for i in range(h[0], h[1])}
    has = verb_words.present(text, v)  # a pattern is not run where text lacks the words it needs
    for rx, table, key, may in (
        (mid, by_form, "verb", has.any_verb),
        (mid_noun, by_noun, "noun", True),
        (mid_renewed, by_noun, "noun", has.restating),
        (unpunctuated, by_form, "verb", has.adverbs and has.verbs),
        (unpunctuated_renewed, by_noun, "noun", has.adverbs and has.restating),
    ):
        if not may or (rx is mid_noun and not restating(v)[2].match(text)):
            continue
        for mm in rx.finditer(text):
            if rx is mid_noun and ANOTHERS.search(text, 0, mm.start()):
                continue  # "the call by the General Assembly ... and its request": the Assembly's
            if mm.start(key) > 0 and mm.start(key) not in covered:
                if rx in (mid_noun, mid_renewed) or not directive_asides.anothers_clause(text, mm, key, rx is mid, v):
                    hits.append(
                        (
                            mm.start(key),
                            _before_that(text, mm.end(key)),
                            table[_form_key(mm.group(key), v)],
                            key == "noun",
                        )
                    )
                covered.update(range(mm.start(key), mm.end(key)))
    paired = _paired_noun(v)
    for h in [h for h in hits if h[3]]:
        pm = paired.match(text, h[1])
        if pm and pm.start("noun") not in covered:
            hits.append((pm.start("noun"), pm.end("noun"), by_noun[_form_key(pm.group("noun"), v)], True))
            covered.update(range(pm.start("noun"), pm.end("noun")))
    # "and in order to strengthen the coordination of humanitarian action encourages": an open aside before the verb
    for h in (*directive_asides.aside_hits(text, v), *directive_asides.unpunctuated_hits(text, v)):
        if h[0] not in covered:
            hits.append(h)
            covered.update(range(h[0], h[1]))
    hits.sort()
    return hits
