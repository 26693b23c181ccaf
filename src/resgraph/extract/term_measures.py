"""Measures a mandate term is of: those of named paragraphs of a resolution ("renew until 15
November 2024 the measures imposed by paragraphs 11 and 15 of resolution 2140 (2014)" ->
S/RES/2140(2014)#11,15), several in a row ("terminate the measures in paragraphs 2 (c), 2 (d) and
3 (c) of resolution 686 (1991), paragraph 30 of resolution 687 (1991) and the arrangements set
forth in paragraph 14 of resolution 1284 (1999)" -> three), or all of one resolution's ("extend
... the authorizations provided by and the measures imposed by resolution 2146 (2014)").

Split from terms.py, which finds the terms and the bodies they are of.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import yaml

from resgraph.extract import term_office
from resgraph.extract.symbols import mentions
from resgraph.resources import VOCAB
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# a paragraph's number, in figures or words ("the decisions in paragraphs two and three of Security Council resolution
# 2165 (2014)", S/RES/2191 (2014) op 2)
WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = r"(?:\d+|" + "|".join(WORDS) + r")\b"
# a number's sub-paragraph letters, one or a list: "paragraph 4 (c) and (d) of resolution 1127 (1997)" (S/RES/1448 (2002)
# op 2); a separator is followed by a letter in brackets, never by a number, so the two lists cannot overlap
_LETTERS = r"(?:\s*\(\w\)(?:\s*(?:,\s*and|,|and)\s*\(\w\))*)?"
_PARAS = r"(?P<paras>" + _N + _LETTERS + r"(?:\s*(?:,\s*and|,|and|to)\s*" + _N + _LETTERS + r")*)"
# sub-paragraphs of a paragraph, kept to the paragraph's number: "the listing criteria and measures imposed by
# subparagraphs (c), (d) and (e) of paragraph 3 of resolution 1591 (2005)" (S/RES/2676 (2023) op 1)
_SUB = r"(?:sub-?paragraphs?\s+\(\w\)(?:\s*(?:,\s*and|,|and)\s*\(\w\))*\s+of\s+)?"
_MEASURES = load().terms["measures"]  # the nouns and participles are data: ontology/vocab/terms.yaml `measures`
MEASURES = re.compile(
    # not "which shall be authorized to take all necessary measures to carry out the mandate set out in paragraph 9 of
    # resolution 1772 (2007)": what a mission may do, not measures of that paragraph (S/RES/1863 (2009) op 2)
    rf"\b(?:(?<!necessary\s)measures?|{phrases(_MEASURES['nouns'])})\s+(?:(?:\w+,?\s+){{0,7}}?(?:by|in|under|of)"
    # "the measures preventing the importation by any State of all rough diamonds from Côte d’Ivoire imposed by", "the
    # exemptions in support of the implementation of the Comprehensive Peace Agreement set forth in" (S/RES/2035 op 4); the
    # notification requirements of an arms embargo (S/RES/2667 op 2), not "the reporting requirements" of a mission
    r"|[^;()]{0,120}?\b(?:imposed\s+by|set\s+(?:forth|out)\s+in))\s+"
    + _SUB
    + r"paragraphs?\s+"
    + _PARAS
    + r"\s+of\s+(?:its\s+|Security\s+Council\s+)?resolution",
    re.I,
)
# the next of a list, right after a resolution's number: ", paragraph 30 of resolution 687 (1991)",
# "and the arrangements set forth in paragraph 14 of resolution 1284 (1999)", "the provisions of paragraphs 7 to 12 of
# resolution 1572 (2004) and of paragraph 6 of resolution 1643 (2005)" (S/RES/1727 (2006) op 1), "as set out in
# paragraphs 4 and 5 of resolution 2488 (2019) and in paragraph 2 of resolution 2399 (2018)" (S/RES/2536 (2020) op 3)
NEXT = re.compile(
    r"\s*+(?:,\s*+)?+(?:and\s+)?(?:(?:in|of)\s+|the\s+(?:measures|arrangements|provisions|authori[sz]ations?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:by|in|under)\s+)?paragraphs?\s+" + _PARAS + r"\s+of\s+(?:its\s+)?resolution",
    re.I,
)
WHOLE = re.compile(
    # "the authorizations as set out in resolution 2473", "the authorisations and the measures in resolution 2146
    # (2014)", "extend resolution 2607 (2021) until 17 November 2022"
    # "lift the arms embargo established in resolution 733 (1992)" (S/RES/2714 (2023) op 1), "lift ... the arms embargoes,
    # travel bans, asset freezes and targeted sanctions imposed on Eritrea by the Security Council in its resolutions 1907
    # (2009) 2023 (2011), 2060 (2012) and 2111 (2013)" (S/RES/2444 (2018) op 4): each resolution's
    r"\b(?:(?:measures|authori[sz]ations?|embargo(?:es)?|sanctions)"
    r"(?:,?\s+(?:and\s+)?(?:[\w-]+\s+){0,2}?(?:embargo(?:es)?|bans?|freezes?|sanctions|measures)\b)*\s+"
    rf"(?:(?:as\s+)?(?:{phrases(_MEASURES['whole'])})\s+)?(?:on\s+[A-Z][\w’'-]*\s+)?"
    r"(?:by\s+the\s+Security\s+Council\s+)?(?:by|in)|provisions\s+of)\s+(?:its\s+|(?P<own>this\s+|the\s+present\s+))?"
    r"resolution(?P<many>s)?\b"
    # what they are on or related to between them and the resolution that imposed them: "lift the arms embargo on the
    # CAR established under resolution 2127 (2013)" (S/RES/2745 (2024) op 1), "all prohibitions related to trade with
    # Iraq ... established by resolution 661 (1990) ... shall no longer apply" (S/RES/1483 (2003) op 10)
    r"|\b(?:measures|embargo(?:es)?|sanctions|prohibitions)\b[^;()]{0,120}?\b(?:imposed|established)\s+"
    r"(?:by|in|under|pursuant\s+to)\s+(?:its\s+)?resolution\b(?!s)"
    r"|(?:(?<=\bextend\s)|(?<=\brenew\s))resolution\b",
    re.I,
)
# the Council's resolutions of a list: "resolutions 1907 (2009) 2023 (2011), 2060 (2012) and 2111 (2013)"
LISTED = re.compile(r"(?:,?\s*(?:and\s+)?\d{3,4}\s*\(\d{4}\))+")
# the measures of the text's own paragraphs: "extend the measure described in paragraph 6 of this resolution"
OWN = (
    re.compile(  # "the decisions contained in operative paragraphs two and three of this resolution" (S/RES/2165 op 5)
        r"\b(?:measures?|provisions|decisions)\s+(?:[\w-]+\s+){0,3}?(?:in|by|to)\s+(?:operative\s+)?paragraphs?\s+"
        + _PARAS
        + r"\s+(?:above|of\s+(?:this|the\s+present)\s+resolution)\b"
    )
)
# a second renewal in the same clause, of measures a longer description names ("and further decides
# to renew until 30 April 2012 the measures preventing the importation by any State of all rough
# diamonds from Côte d’Ivoire imposed by paragraph 6 of resolution 1643 (2005)", S/RES/1980 (2011))
AGAIN = re.compile(
    # "(a) To renew the measures on arms imposed by paragraph 2 of resolution 1521 (2003) ... and to renew the measures on
    # travel imposed by paragraph 4 of resolution 1521 (2003) for a further period" (S/RES/1731 (2006) op 1)
    r"\b(?:and\s+)?(?:further\s+)?(?:decides\s+(?:further\s+|also\s+)?)?to\s+(?:renew|extend)\b[^;]{0,60}?\bthe\s+measures\s+"
    r"[^;]{0,120}?\b(?:imposed|set\s+out)\s+(?:by|in)\s+paragraphs?\s+" + _PARAS + r"\s+of\s+resolution",
    re.I,
)
# "the measures imposed by paragraph 6 of resolution 1521 (2003) shall be renewed for an additional six (6) months"
PASSIVE = r"\b(?:measures|embargo)\b[^;]{0,250}?\b(?:shall|will)\s+(?:hereby\s+)?be\s+(?:extended|renewed)\b"
ANAPHOR = re.compile(
    r"\s+(?:these|those|such|the\s+above(?:-mentioned)?)\s+(?:measures|provisions|authori[sz]ations)\b"
)
IN_FORCE = re.compile(r"\b(?:in\s+(?:force|effect)|continue\s+to\s+apply)\s*$")  # named before the action
RESOLUTION = len("resolution")
OBJECT_WITHIN = 90  # characters after the action where its object's measures begin ("until <a date> the")
NEAR = RESOLUTION + 4  # where the number cited after "resolution" begins, at the latest


def measures(clause: str, v: Vocabulary, speaker: str | None, after: int = 0) -> list[tuple[str, str]]:
    """(of, words) of each set of measures the clause names, in order; [] when it names none. All
    of a resolution's measures only as the object of the action that ends at clause[after]
    ("extend until 15 November 2018 the measures imposed by resolution 2146 (2014)", not "extend
    ... the mandate of the Panel ..., decides that this mandate shall apply also with respect to
    the measures imposed in resolution 2270 (2016)")."""
    m = MEASURES.search(clause)
    out: list[tuple[str, str]] = []
    while m:
        at = m.end() - RESOLUTION
        cited = cited_resolution(clause, at, v, speaker)
        if cited is None or cited[0] > NEAR:
            if not out and cited is not None:
                # "paragraphs 13 and 15 of resolution 1596, paragraph 2 of resolution 1649 (2005)": a number
                # with no year is not resolved; the first resolution cited after stands for it, as before
                out.append((f"{cited[2]}#{paras(m)}", m.group(0)))
            break
        out.append((f"{cited[2]}#{paras(m)}", m.group(0)))
        m = NEXT.match(clause, at + cited[1]) or _joined(clause, at + cited[1])
    if out:
        return out
    w = WHOLE.search(clause, after)
    if w and w.start() - after <= OBJECT_WITHIN and "mandate" not in clause[after : w.start()]:
        if w.group("own"):  # "the measures imposed by this resolution shall terminate one year from" (S/RES/2146 op 15)
            return [("#", w.group(0))]  # the pipeline prefixes the text's symbol
        if w.group("many"):  # "in its resolutions 1907 (2009) 2023 (2011), 2060 (2012) and 2111 (2013)": each
            listed = LISTED.match(clause, w.end()) if speaker == "SC" else None
            numbers = re.findall(r"(\d{3,4})\s*\((\d{4})\)", listed.group(0)) if listed else []
            return [(f"S/RES/{n}({y})", w.group(0)) for n, y in numbers]
        cited = cited_resolution(clause, w.end() - RESOLUTION, v, speaker)
        if cited and cited[0] <= NEAR:
            return [(cited[2], w.group(0))]
    own = OWN.search(clause, after)
    if own and own.start() - after <= OBJECT_WITHIN:
        return [("#" + paras(own), own.group(0))]  # the pipeline prefixes the text's symbol
    return []


# the words between one set of measures and the next of a list that describes the first at length: "the arrangements
# established in paragraph 20 of resolution 1483 (2003) for the depositing into the Development Fund for Iraq of proceeds
# from export sales of petroleum, petroleum products and natural gas and the arrangements referred to in paragraph 12 of
# resolution 1483 (2003) and paragraph 24 of resolution 1546 (2004)" (S/RES/1790 (2007) op 3, 1859, 1905, 1956 op 1);
# no new verb or clause between them
JOINED = re.compile(
    r"(?:(?!\b(?:decides|requests|authori[sz]es|shall|should|will|may|calls|urges|expresses)\b)[^;:])"
    r"{0,250}?\band\s+(?:the\s+|all\s+)?$",
    re.I,
)


def _joined(clause: str, at: int) -> re.Match | None:
    """The next set of measures of a list whose first set is described at length, its description ending
    at clause[at] ("... natural gas and the arrangements referred to in paragraph 12 of resolution"); None
    when no such set follows."""
    m = MEASURES.search(clause, at)
    return m if m and JOINED.fullmatch(clause, at, m.start()) else None


# a Council resolution cited by its number alone: "the authorizations as set out in resolution 2473 for a further"
BARE_NUMBER = re.compile(r"resolution\s+(\d{3,4})\b(?!\s*\(|/)")
OTHER_ORGAN = re.compile(r"(?:Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)\s+$")


@lru_cache(maxsize=1)
def _first_of_year() -> tuple[list[int], list[int]]:
    """(first numbers, years) of the Council's resolutions by year, ascending (vocab/sc_years.yaml)."""
    table = yaml.safe_load((VOCAB / "sc_years.yaml").read_text(encoding="utf-8"))["first_of_year"]
    years = sorted(table)
    return [int(table[y]) for y in years], [int(y) for y in years]


def cited_resolution(clause: str, at: int, v: Vocabulary, speaker: str | None) -> tuple | None:
    """The first resolution cited in clause[at:] as (start, end, symbol, ...), offsets from `at`; in a
    Council text, one cited by its number alone is the Council's of the year the number falls in."""
    cited = next((x for x in mentions(clause[at:], v, speaker) if x[2]), None)
    bare = BARE_NUMBER.match(clause, at) if speaker == "SC" and not OTHER_ORGAN.search(clause, 0, at) else None
    if bare and (cited is None or cited[0] > NEAR):
        firsts, years = _first_of_year()
        i = bisect.bisect_right(firsts, int(bare.group(1))) - 1
        if i >= 0:
            return (0, bare.end() - at, f"S/RES/{bare.group(1)}({years[i]})")
    return cited


def paras(m: re.Match) -> str:
    """The paragraph numbers named, a range in full: "paragraphs 1 to 6" -> "1,2,3,4,5,6"."""
    text = re.sub(r"\b[a-z]+\b", lambda w: str(WORDS.get(w.group(0), w.group(0))), m.group("paras"))
    numbers = {int(n) for n in re.findall(r"\d+", text)}
    for a, b in re.findall(r"(\d+)(?:\s*\(\w\))?\s*to\s*(\d+)", text):
        if 0 < int(b) - int(a) < 40:
            numbers.update(range(int(a), int(b) + 1))
    return ",".join(str(n) for n in sorted(numbers))


def renewed_again(clause: str, v: Vocabulary, speaker: str | None, after: int) -> list[tuple[str, str, int]]:
    """(of, words, where it begins) of measures a second "decides to renew" after clause[after]
    names by paragraph; [] when there is none or its resolution is not cited."""
    out: list[tuple[str, str, int]] = []
    for m in AGAIN.finditer(clause, after):
        at = m.end() - RESOLUTION
        cited = next((x for x in mentions(clause[at:], v, speaker) if x[2]), None)
        if cited is not None and cited[0] <= NEAR:
            out.append((f"{cited[2]}#{paras(m)}", m.group(0), m.start()))
    return out


def named_of(
    text: str, a: int, z: int, e: int, action: str, v: Vocabulary, speaker: str | None, lead: str | None = None
) -> tuple[str | None, str] | None:
    """What an extension or an ending in text[a:z], its action ending at text[e], is of when the text
    names it by the holders of a term of office or by measures: (of, words); (None, "") for measures
    of a resolution that is not known ("the provisions of paragraphs 20 to 22 of resolution 1493");
    None when it names neither. lead: the one resolution an item's lead names, for paragraphs recalled
    with none (_recalled_paragraph)."""
    office = term_office.holders(text, e, z) if action == "extends" else None
    if office:
        return office
    ended = PARAGRAPH_ENDED.match(text, e, z) if action == "terminates" else None
    if ended:  # "terminate paragraph 14 of that resolution": before any measures the clause names after it
        return _paragraph_ended(text, ended, v, speaker)
    # "the provisions of its resolution 1357 (2001) shall continue in force until": named before the action, the last
    # named so ("subject to the exception provided for in paragraph 27 of resolution 1546 (2004), the provisions of
    # paragraph 22 of resolution 1483 (2003) shall continue to apply until that date", S/RES/1905 (2009) op 1)
    if IN_FORCE.search(text, a, e):
        # (or the text's own paragraph: "Decides, for a further period ending on ..., that the measures in paragraph 3
        # above shall continue to apply", S/RES/1857 (2008) op 5, its time said first: term_continued.TIMED_FIRST)
        named = [m.start() for m in MEASURES.finditer(text, a, e)] or [m.start() for m in OWN.finditer(text, a, e)]
        a = named[-1] if named else a
    listed = measures(text[a:z], v, speaker, 0 if IN_FORCE.search(text, a, e) else e - a)
    if listed:
        return listed[0]
    listed = named_before(text, e, z, v, speaker)
    if listed:
        return listed[0]
    if MEASURES.search(text, e, min(z, e + OBJECT_WITHIN)):
        return None, ""
    return _recalled_paragraph(text, e, z, v, speaker, lead)


def named_before(text: str, e: int, z: int, v: Vocabulary, speaker: str | None) -> list[tuple[str, str]]:
    """(of, words) of each set of measures named before an action that ends at text[e] and renews "these
    measures" ("Recalls the measures imposed by paragraphs 7 and 8 of resolution 1556 (2004), as modified by
    ..., the listing criteria and measures imposed by subparagraphs (c), (d) and (e) of paragraph 3 of resolution
    1591 (2005), ... and the provisions of ... paragraph 4 of resolution 2035 (2012), and decides to reaffirm and
    renew these measures until", S/RES/2676 (2023) op 1: all three resolutions' measures, heldout19 03); [] when
    the action names no such anaphor or none were named before it."""
    return measures(text[:e], v, speaker) if ANAPHOR.match(text, e, z) else []


# a paragraph ended by naming it, of a resolution cited there or just before ("Decides to terminate the authorization
# granted in paragraph 13 of resolution 1973 (2011) ..., decides further to terminate paragraph 14 of that resolution",
# S/RES/2040 (2012) op 8, heldout15: S/RES/1973(2011)#14)
PARAGRAPH_ENDED = re.compile(
    r"(?:terminate|discontinue|end|lift)s?\s+paragraphs?\s+"
    + _PARAS
    + r"\s+of\s+(?:(?P<that>that|the\s+same)\s+|its\s+)?"
    r"resolution\b"
)


def _paragraph_ended(text: str, m: re.Match, v: Vocabulary, speaker: str | None) -> tuple[str | None, str]:
    """(of, words) of the paragraph PARAGRAPH_ENDED's match `m` names: of the resolution cited after it, or for
    "that resolution" the last one cited before it; (None, "") when none is."""
    if m.group("that"):
        before = [x for x in mentions(text[: m.start()], v, speaker) if x[2]]
        return (f"{before[-1][2]}#{paras(m)}", m.group(0)) if before else (None, "")
    cited = cited_resolution(text, m.end() - RESOLUTION, v, speaker)
    return (f"{cited[2]}#{paras(m)}", m.group(0)) if cited and cited[0] <= NEAR else (None, "")


# "Recalls paragraph 22 of resolution 2628 (2022), as most recently extended by resolution 2710 (2023), and further
# extends its authorisations until 12 August 2024" (the ATMIS authorizations, S/RES/2687 (2023) to 2809 (2025)); in an
# item, the paragraphs of the resolution its lead names: "Reaffirms its decisions in resolution 2628 (2022) except as
# follows: (a) recalls paragraphs 22, 23, 24 and 26 and exceptionally extends its authorisations until 30 June 2023"
# (S/RES/2670 (2022) op 1 (a), the heldout46 gold: S/RES/2628(2022)#22,23,24,26)
# (and "of its resolution 2568 (2021)"); with none, the lead's only when nothing after the numbers names a document
# ("paragraph 3 of this resolution", "paragraph 3 above": no the lead's, the review of term64)
RECALLED_PARAGRAPH = re.compile(
    r"\s*[Rr]ecalls\s+paragraphs?\s+" + _PARAS + r"(?P<cited>\s+of\s+(?:its\s+)?resolution)?"
)
OTHER_DOCUMENT = re.compile(r"\s+(?:of|in|above|below|hereof|thereof)\b")
# (and "... decides to continue the provision outlined in subparagraphs (f) and (g) ... until", S/RES/2741 (2024) op 6)
ITS_AUTHORIZATIONS = re.compile(
    r"\s+(?:(?:its|their)\s+authori[sz]ations|the\s+provisions?\s+(?:outlined|set\s+out|contained|referred\s+to)\s+in\s+"
    r"(?:sub-?)?paragraphs?\s+\(\w\))"
)


def lead_resolution(item: str, lead: str, v: Vocabulary, speaker: str | None) -> str | None:
    """The one resolution an item's lead names ("Reaffirms its decisions in resolution 2628 (2022) except as
    follows:"), when the item recalls paragraphs with none ("(a) recalls paragraphs 22, 23, 24 and 26"); None
    otherwise, or when the lead names none or several."""
    m = RECALLED_PARAGRAPH.match(item)
    bare = m and not m.group("cited") and not OTHER_DOCUMENT.match(item, m.end())
    return _one_cited(lead, v, speaker) if bare else None


@lru_cache(maxsize=4)
def _one_cited(lead: str, v: Vocabulary, speaker: str | None) -> str | None:
    """The one resolution `lead` cites; None for none or several (cached: a lead's items ask in turn)."""
    cited = {sym for _, _, sym, *_ in mentions(lead, v, speaker) if sym and "/RES/" in sym}
    return cited.pop() if len(cited) == 1 else None


def _recalled_paragraph(
    text: str, e: int, z: int, v: Vocabulary, speaker: str | None, lead: str | None
) -> tuple[str, str] | None:
    """The paragraph the text opens by recalling, when the action ending at text[e] extends "its
    authorisations" (those that paragraph gave): of the resolution cited after it, or with none cited, of
    `lead`, the one an item's lead names; None otherwise."""
    m = RECALLED_PARAGRAPH.match(text)
    if not m or not ITS_AUTHORIZATIONS.match(text, e, z):
        return None
    if not m.group("cited"):
        bare = lead and not OTHER_DOCUMENT.match(text, m.end())
        return (f"{lead}#{paras(m)}", m.group(0)) if bare else None
    at = m.end() - RESOLUTION
    cited = next((x for x in mentions(text[at:], v, speaker) if x[2]), None)
    return (f"{cited[2]}#{paras(m)}", m.group(0)) if cited and cited[0] <= NEAR else None


# a second thing extended after the first: "to extend until 30 September 2020 the mandate of the Panel of Experts,
# as set out in paragraphs 11 to 15 of resolution 2374 (2017), as well as the request to MINUSMA, as set out in
# paragraph 16 of resolution 2374 (2017)" (S/RES/2484 (2019) op 3 and the other Mali renewals, heldout7 18)
# "as well as the travel and financial measures imposed in paragraphs 9 to 12 of resolution 1572 (2004) and paragraph 12
# of resolution 1975 (2011)" (S/RES/2283 (2016) op 1, an ending): each set of measures
_AS_WELL_AS = (
    r"\s++as\s+well\s+as\s+the\s+(?:[\w-]+\s+(?:and\s+)?){0,3}?(?:requests?|tasks?|authori[sz]ations?|measures|provisions)\b"
    r"[^;]{0,80}?"
    r"\b(?:in|by|under)\s+paragraphs?\s+" + _PARAS + r"\s+of\s+(?:its\s+)?resolution"
)
# searched for as AS_WELL_AS_START (without a comma, a match starts at a run's first space, the lookbehind: a search
# tried the run from each of its spaces, quadratic), in the slice after the action so a run right after it is read as
# before; then matched there as AS_WELL_AS
AS_WELL_AS = re.compile(",?" + _AS_WELL_AS)
AS_WELL_AS_START = re.compile(r"(?:,|(?<!\s))" + _AS_WELL_AS)


def as_well_as(clause: str, v: Vocabulary, speaker: str | None, after: int) -> list[tuple[str, str]]:
    """(of, words) of what an extension or an ending at clause[after] extends or ends "as well as" its first
    object, by the paragraph that set it (and those listed after it); [] when it names none so."""
    s = AS_WELL_AS_START.search(clause[after:])
    m = AS_WELL_AS.match(clause, after + s.start()) if s else None
    if not m:
        return []
    out: list[tuple[str, str]] = []
    n: re.Match | None = m
    while n:
        cited = cited_resolution(clause, n.end() - RESOLUTION, v, speaker)
        if not cited or cited[0] > NEAR:
            break
        out.append((f"{cited[2]}#{paras(n)}", n.group(0).strip(" ,")))
        n = NEXT.match(clause, n.end() - RESOLUTION + cited[1])
    return out


def merged(terms: list[tuple]) -> list[tuple]:
    """(of, words, until, period) of a clause's terms, the measures of one resolution's paragraphs renewed
    for the same time made one term ("to renew the measures on arms imposed by paragraph 2 of resolution 1521
    (2003) ... and to renew the measures on travel imposed by paragraph 4 of resolution 1521 (2003)": one term
    S/RES/1521(2003)#2,4, one a resolution as the gold reads it, heldout7 08 op 1)."""
    out: list[tuple] = []
    for t in terms:
        symbol, _, numbers = t[0].partition("#")
        same = next(
            (i for i, u in enumerate(out) if symbol and numbers and u[0].startswith(symbol + "#") and u[2:] == t[2:]),
            None,
        )
        if same is None:
            out.append(t)
            continue
        u = out[same]
        both = sorted({int(n) for n in (u[0].partition("#")[2] + "," + numbers).split(",") if n.isdigit()})
        out[same] = (f"{symbol}#{','.join(map(str, both))}", u[1], *u[2:])
    return out
