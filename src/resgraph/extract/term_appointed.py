"""Office holders appointed, reappointed or kept in office for a term.

"Decides to reappoint Mr. Serge Brammertz as Prosecutor of the International Tribunal, ..., for a
term with effect from 1 January 2015 until 31 December 2015" -> extends "Prosecutor of the
International Tribunal (Serge Brammertz)" until 2015-12-31 (heldout12 15 op 5); "Decides to appoint
Mr. Serge Brammertz as Prosecutor of the International Residual Mechanism ... with effect from 1 July
2020 until 30 June 2022" -> establishes the same office's term (S/RES/2529 (2020) op 1); "to extend
for a final period the appointment of Ms. Carla Del Ponte as Prosecutor of the ICTY with effect from
15 September 2007 until 31 December 2007" -> extends (S/RES/1775 (2007)); "with effect from 15
September 2007 for a four-year term" -> period P4Y, ending four years after that date. The paragraph's own verb
appoints as "Decides to appoint" does: "Appoints Mr. Hassan Bubacar Jallow as Prosecutor of the International Tribunal
for Rwanda with effect from 15 September 2003 for a four-year term" (S/RES/1505 (2003) op 0, heldout35 07: establishes
until 2007-09-15, P4Y, as heldout32 16 op 0 read "Decides to appoint" the same Prosecutor); so do "Further appoints",
and "Reappoints" and "Extends the appointment of" (extends); not "appoints" inside a paragraph led by another verb, where
a directive before it must govern it as before.

The office is named as written and its holder in brackets, without a title, so that one office held
by one person is named alike in every resolution. An appointment for no time, or of holders who are
not named in person ("to appoint five experts"), sets no term here (a panel set up is read by
terms.py). A passive "may be appointed or reappointed for a two-year term" says what may be done, not
what is decided: no term. Ad litem judges let exceed the Statute's maximum until a date ("returning to
a maximum of twelve by 30 June 2010") are an authorization until that date, of the Secretary-General
who "may appoint" them or of the Tribunals.

Split from terms.py, which finds the terms that directive verbs set; nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.extract import deadlines as dates
from resgraph.extract import term_times as times
from resgraph.extract.term_before import Before
from resgraph.extract.term_ceiling import opens_paragraph
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

# the holder named in person: a title, then capitalised names ("Mr. Hassan Bubacar Jallow", "Judge Carmel Agius")
# (the titles and the particles are data: ontology/vocab/terms.yaml `person`)
_TITLE = rf"(?:(?:{phrases(load().terms['person']['titles'])})\.?\s+)"
_NAME = (
    rf"(?:[A-Z][\w’'.-]*(?:\s+(?:{phrases(load().terms['person']['particles'])})\b)?\s+)"
    r"{0,4}[A-Z][\w’'-]+"
)
APPOINTED = re.compile(
    # the paragraph's own verb, capitalised, maybe after "Further": "Appoints", "Reappoints", "Extends the appointment of"
    r"\b(?:(?P<own>(?P<re_own>Reappoints|Further\s+reappoints)|Appoints|Further\s+appoints|"
    r"(?P<ext_own>(?:Extends|Renews|Further\s+(?:extends|renews))\b[^;]{0,80}?\s+the\s+appointment\s+of))|"
    r"(?P<re>re-?appoint|reappoints)|appoint|appoints|(?P<ext>(?:extend|extends|renew|renews)\b[^;]{0,80}?\s+"
    r"the\s+appointment\s+of))\s+"
    r"(?P<holder>" + _TITLE + "?" + _NAME + r")\s*,?\s+as\s+(?:the\s+)?"
    # the office, up to what the decision adds: its time, a proviso, a clause after a comma
    r"(?P<office>[A-Z][^,;]{2,160}?)(?=\s*[,;.:]|\s+(?:with\s+effect|effective|for\s+(?:a|an|another|one)\b|for\s+the\s+(?:period|duration|remainder)|until|till|"
    r"through|notwithstanding|from|as\s+(?:from|of)|starting|beginning|commencing)\b|\s*$)"
)
# where the decision's own words end: "..., and that, thereafter, the Prosecutor of the Mechanism may be appointed or
# reappointed for a two-year term" (S/RES/2269 (2016) op 1) says what may be done later, not this term's length
NEXT = re.compile(r",\s+and\s+(?:that|further|also|decides|requests|expresses)\b|;")
# "for a four-year term", "for a term of four years", "for a two-year term"
TERM_LENGTH = re.compile(
    rf"\bfor\s+(?:a|an|another|one)\s+(?:further\s+|new\s+)?(?P<n>{dates.COUNT})[-\s](?P<unit>years?|months?)\s+term\b|"
    rf"\bfor\s+(?:a|an|another)\s+(?:further\s+|new\s+)?term\s+of\s+(?:office\s+of\s+)?(?P<n2>{dates.COUNT})\s+(?P<unit2>years?|months?)\b"
)
_TITLE_RE = re.compile(r"^" + _TITLE)
# judges named in person kept in office past their term: "Judge William H. Sekule (United Republic of Tanzania), Judge
# Solomy Balungi Bossa (Uganda) and Judge Mparany Mamy Richard Rajohnson (Madagascar) may continue, on an exceptional
# basis, to serve at the International Tribunal until 31 December 2012" (S/RES/2054 (2012) op 1), "to allow ad litem
# Judges Bossa, Arrey, ... and Park to serve in the International Tribunal for Rwanda beyond the cumulative period of
# service ... and until 31 December 2008" (S/RES/1717 (2006) op 2): an extension of their terms, named as written
SERVING = re.compile(
    r"(?P<holder>\b(?:(?:ad\s+litem|permanent)\s+)?Judges?\s+[A-Z][^;:]{1,300}?)\s+(?:may|to|shall|will)\s+"
    r"(?:continue\s*,?\s*(?:[^;,]{1,60},\s*)?to\s+)?serve\b"
)
_COUNTRY = re.compile(r"\s*\([^()]*\)")
# judges named in person kept past their term to complete a case they began, with no date: "Decides that,
# notwithstanding the expiry of his term of office on 31 December 2010, Judge Joseph Masanche is authorized to complete
# the Hategekimana case which he began before the expiry of his term of office" (S/RES/1954, 1955 (2010)), "Judges
# Kimberley Prost (Canada) and Ole Bjørn Støle (Norway) complete the Popović case" (S/RES/1900, 1901 (2009)), "Judge
# Egorov, once replaced as a member of the International Tribunal, complete the cases which he began" (S/RES/1878 op 7),
# "to confirm that Judge Joaquín Canivell can continue to sit in the Krajišnik case beyond April 2006" (S/RES/1668
# (2006) op 1, heldout18 06: extends "Judge Joaquín Canivell", no until): an extension of their terms, named as written;
# where the text says they "are authorized to complete" it (S/RES/1954, 1955 (2010), heldout32 13 ops 1-2) the text's
# word, authorizes, as the golds read it; so "notwithstanding that Judge Solomy Balungi Bossa's elected term ... will
# end on 24 June 2007, she be authorized effective 28 August 2006 to continue to serve as a judge in the Butare case
# until its completion" (S/RES/1705 (2006) op 0, heldout43 09: authorizes "Judge Solomy Balungi Bossa", no until: the
# case's completion has no date, the start and the elected term's end are not the authorization's end): the judge named
# with a possessive, then a pronoun subject, "be authorized" (the subjunctive of the "that" clause), an effective date
# between the verb and its infinitive, and "to continue to serve ... in" the case as "to complete" it; no other judge
# named between the possessive and the pronoun ("notwithstanding Judge Arlette Ramaroson's resignation, Judge Bakhtiyar
# Tuzmukhamedov shall replace her ..., and ... he is authorized to complete": not Judge Ramaroson, review Y3)
# an item of "Decides ... that:" that opens with such a judge, or with the provision set aside first
COMPLETING_ITEM = r"\s*(?:[Nn]otwithstanding\b[^;]{0,200}?,\s*)?(?:ad\s+litem\s+|permanent\s+)?Judges?\s+[A-Z]"
_ONE_JUDGE = r"(?:(?:ad\s+litem|permanent)\s+)?Judge\s+" + _NAME + r"(?:\s*\([^()]{1,60}\))?"
_JUDGES = r"(?:(?:ad\s+litem|permanent)\s+)?Judges\s+" + _NAME + r"(?:\s*\([^()]{1,60}\))?"
_JOIN = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
COMPLETING = re.compile(
    r"(?P<holder>\b(?:"
    + _ONE_JUDGE
    + r"(?:"
    + _JOIN
    + _ONE_JUDGE
    + r")*|"
    + _JUDGES
    + r"(?:"
    + _JOIN
    + _NAME
    + r"(?:\s*\([^()]{1,60}\))?)*))"
    r"(?:\s*,\s*once\s+replaced\s+[^,;]{1,100},)?(?:\s+|(?:’s|'s)\b(?:(?!\bJudges?\s+[A-Z])[^;]){0,300}?,\s+(?:she|he|they)\s+)"
    r"(?:(?P<auth>(?:is|are|be)\s+authori[sz]ed)(?:\s*,?\s+(?:effective|with\s+effect\s+from|as\s+(?:of|from))\s+"
    + dates.DATE_PLAIN
    + r",?)?\s+to\s+(?:complete|finish|continue\s+to\s+(?:sit|serve)\b[^;,]{0,40}?\s+in)"
    r"|(?:may|shall|can|will)\s+(?:continue\s+to\s+sit\s+in|complete|finish)"
    r"|complete|finish)\s+the\s+[^;]{0,80}?\bcases?\b"
)
# ad litem judges beyond the Statute's maximum for a time: "Decides that the Secretary-General may appoint, within existing
# resources, additional ad litem Judges ..., notwithstanding that the total number of ad litem Judges appointed to the
# Chambers will from time to time temporarily exceed the maximum of twelve provided for in article 12 (1) of the Statute
# ..., to a maximum of sixteen at any one time, returning to a maximum of twelve by 28 February 2009" (S/RES/1849 (2008)
# op 1, heldout13: the Secretary-General authorized); "the total number of ad litem judges serving at the International
# Tribunal may temporarily exceed ..., returning to a maximum of twelve by 30 June 2010" (S/RES/1915 (2010) op 1,
# heldout14: the Tribunal authorized); 1800, 1855, 1877, 1900, 1901, 1955 alike
EXCEEDING = re.compile(
    r"\bad\s+litem\s+[Jj]udges\b[^;]{0,300}?\btemporarily\s+exceed\b[^;]{0,300}?\breturning\s+to\s+a\s+maximum\s+of\s+"
    r"\w+\s+by\s+" + dates.DATE
)
# one of them is in every COMPLETING match ("complete", "finish", "continue to sit in", "continue to serve ... in")
_COMPLETING_VERBS = ("complete", "finish", "continue")
# where a COMPLETING match may start (every such place, and some where it cannot), and a judge after a join, the way
# its holder's star reads the next one: a match from a judge that the list from an earlier start reached is a match
# from that start, so once the list fails there it is not tried again (COMPLETING.search read the list on from each
# judge of it: quadratic)
_MAY_START = re.compile(r"\b(?=(?:(?:ad\s+litem|permanent)\s+)?Judges?\s+[A-Z])")
_FIRST_JUDGE = re.compile(_ONE_JUDGE)
_NEXT_JUDGE = re.compile(_JOIN + r"(?P<judge>" + _ONE_JUDGE + ")")
_PREFIX = re.compile(r"(?:ad\s+litem|permanent)\s+")
BY_THE_SECRETARY_GENERAL = re.compile(r"\bSecretary-General\s+may\s+appoint\b")


def wanted(low: str) -> bool:
    """Whether a paragraph's lower-cased text may hold such a term."""
    return "appoint" in low or (
        "judge" in low
        and any(w in low for w in ("serve", "temporarily exceed", "complete", "finish", "continue to sit"))
    )


def terms(
    text: str, a: int, z: int, p: Paragraph, b: Block, adopted: str | None, before: Before, v: Vocabulary
) -> list[MandateTerm]:
    """The term of office that the clause text[a:z] sets by appointing, reappointing or extending
    the appointment of a holder named in person; [] when it names none, gives no time, or only
    recalls an appointment made before ("Recalls its decision to appoint"). v: the vocabulary, whose
    terms.yaml `ad_litem` names who ad litem judges beyond the maximum are authorized to."""
    clause = text[a:z]
    m = APPOINTED.search(clause)
    if not m:
        return (
            _serving(clause, a, z, p, b, before)
            or _completing(clause, a, z, p, b, before)
            or _exceeding(clause, a, z, p, b, before, v.terms["ad_litem"])
        )
    own = m.group("own") and opens_paragraph(
        text, a + m.start()
    )  # "Appoints Mr. ... as Prosecutor", the paragraph's verb
    if not (own or before.directive(a + m.start() + 1)) or before.recalled(a + m.start()):
        return []
    rest = clause[m.end() :]
    cut = NEXT.search(rest)
    rest = rest[: cut.start()] if cut else rest
    until = times.until(rest, 0, ending=False)
    length = _length(rest)
    if not until and length:
        until = times.from_start(rest, None, length)
    if not (until or length):
        return []
    holder = re.sub(r"\s+", " ", _TITLE_RE.sub("", m.group("holder"))).strip()
    office = re.sub(r"\s+", " ", m.group("office")).strip()
    action = "extends" if any(m.group(g) for g in ("re", "ext", "re_own", "ext_own")) else "establishes"
    words = clause[m.start("holder") : m.end("office")]
    of = f"{office} ({holder})"
    return [MandateTerm(p.number or 0, action, of, p.index, b.to_source(a, z), until, length, words)]


def _serving(clause: str, a: int, z: int, p: Paragraph, b: Block, before: Before) -> list[MandateTerm]:
    """The extended term of judges named in person whom the clause lets serve until a date; []
    when it names none, gives no date, or does not decide it."""
    m = SERVING.search(clause)
    if not m or not before.directive(a + m.start() + 1) or before.recalled(a + m.start()):
        return []
    until = times.until(clause[m.end() :], 0, ending=False)
    if not until:
        return []
    of = re.sub(r"\s+", " ", _COUNTRY.sub("", m.group("holder"))).strip(" ,")
    return [MandateTerm(p.number or 0, "extends", of, p.index, b.to_source(a, z), until, None, m.group("holder"))]


def _completing(clause: str, a: int, z: int, p: Paragraph, b: Block, before: Before) -> list[MandateTerm]:
    """The extended term of judges named in person whom the clause lets complete a case they began, for no
    time given; [] when it names none or does not decide it ("takes note of the intention of the International
    Tribunal to complete the case": no judge named before "complete")."""
    if "case" not in clause or not any(w in clause for w in _COMPLETING_VERBS):
        return []  # no match can hold none of them: the search re-read a list of judges from each (quadratic)
    m = _search_completing(clause)
    if not m or not before.directive(a + m.start() + 1) or before.recalled(a + m.start()):
        return []
    of = re.sub(r"\s+", " ", _COUNTRY.sub("", m.group("holder"))).strip(" ,")
    action = "authorizes" if m.group("auth") else "extends"
    return [MandateTerm(p.number or 0, action, of, p.index, b.to_source(a, z), None, None, m.group("holder"))]


def _search_completing(clause: str) -> re.Match[str] | None:
    """COMPLETING.search(clause), in time linear in a list of judges: the starts are tried in order, as the search
    tries them, but not a judge that the list from a start tried before reached after a join (nor its "Judge" after
    "ad litem"): its star could read the same judges from there, so a match from that judge would have been one from
    the start before, which failed."""
    reached: set[int] = set()
    for c in _MAY_START.finditer(clause):
        start = c.start()
        if start in reached:
            continue
        m = COMPLETING.match(clause, start)
        if m:
            return m
        judge = _FIRST_JUDGE.match(clause, start)
        while judge:
            at = judge.start("judge") if judge.re is _NEXT_JUDGE else judge.start()
            reached.add(at)
            prefix = _PREFIX.match(clause, at)
            if prefix:
                reached.add(prefix.end())
            judge = _NEXT_JUDGE.match(clause, judge.end())
    return None


def _exceeding(clause: str, a: int, z: int, p: Paragraph, b: Block, before: Before, who: dict) -> list[MandateTerm]:
    """The authorization for ad litem judges beyond the Statute's maximum until a date: of the
    Secretary-General where he "may appoint" them (who["appointer"]), else of the Tribunals where they serve
    (who["tribunals"]); [] when the clause sets none or does not decide it."""
    m = EXCEEDING.search(clause)
    if not m or not before.directive(a + m.start() + 1) or before.recalled(a + m.start()):
        return []
    of = who["appointer"] if BY_THE_SECRETARY_GENERAL.search(clause, 0, m.start() + 1) else who["tribunals"]
    words = clause[m.start() : m.end()]
    return [MandateTerm(p.number or 0, "authorizes", of, p.index, b.to_source(a, z), dates.iso(m), None, words)]


def _length(rest: str) -> str | None:
    """The length of a term of office ("for a four-year term"), else the period given ("for a period
    of four years"), as an ISO duration; None when neither is said."""
    m = TERM_LENGTH.search(rest)
    if m:
        n, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        c = dates.count(n)
        return dates.duration(c, unit) if c else None
    per = times.PERIOD.search(rest)
    return dates.amount(per) if per else None
