"""Mandate terms: a mandate established, extended (renewed) or terminated, or an authorization given, for a time.

"Decides to extend the mandate of MINUSCA, as set out in resolution 2217 (2015), until 31 July
2016" -> extends MINUSCA until 2016-07-31, renewing S/RES/2217(2015); "Decides to renew until 15
November 2024 the measures imposed by paragraphs 11 and 15 of resolution 2140 (2014)" -> extends
S/RES/2140(2014)#11,15; "Decides that, until 31 December 2023, MINUSMA is authorized to ..." ->
authorizes MINUSMA; "for a period of 12 months from the date of adoption" -> period P12M and the
date it ends. A panel of experts or monitoring team is named by the resolution that set it up
(ontology/vocab/bodies.yaml): "the Panel of Experts as set out in paragraph 21 of resolution 2140
(2014)" is PanelOfExperts2140.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from resgraph.extract import (
    term_appointed,
    term_authorized,
    term_carried,
    term_ceiling,
    term_continued,
    term_dissolved,
    term_endings,
    term_established,
    term_imposed,
    term_kind,
    term_measures,
    term_mentioned,
    term_names,
    term_nominal,
    term_of,
    term_office,
    term_permitted,
    term_refs,
    term_support,
)
from resgraph.extract import term_times as times
from resgraph.extract.symbols import mentions
from resgraph.extract.term_before import GENERIC, Before, is_body, organ_speaks
from resgraph.models import Block, MandateTerm, Paragraph
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

if TYPE_CHECKING:
    from resgraph.extract.report_receivers import Context

# "Requests the Secretary-General to establish, within one month ..., in consultation with the Committee, for a period
# of five months, a Panel of Experts" (S/RES/1478 (2003) op 25), "to establish, with immediate effect, in accordance with
# rule 28 ..., a Committee" (S/RES/1518 (2003) op 1): asides, one after another, before the body set up
_WORDING = load().terms  # the word lists of the patterns below (ontology/vocab/terms.yaml)
ASIDES = r"(?:,\s*[^,;]{1,200}?(?=,)){1,4},"
# the nouns that head a body set up, their first letter in either case, the rest as written ("a Panel of Experts", "an
# “Intervention Brigade”"; data: ontology/vocab/terms.yaml `set_up_heads`)
_HEADS = "|".join(f"[{w[0].upper()}{w[0].lower()}]{re.escape(w[1:])}" for w in _WORDING["set_up_heads"])
# a comma within a name, before a compound adjective ("a Member State-led, open-ended ad hoc intergovernmental
# committee", A/RES/78/230 op 3)
NAME_COMMA = r",\s+(?=[a-z]+-[a-z])"
# a preposition that places what is set up in or at another body: its noun after it is the host's, not the head's
HOSTED = r"(?!(?<=\s)(?:in|to|at|into|within)\s)"
ACTIONS = (
    (
        "extends",
        re.compile(
            term_continued.IN_FORCE + "|" + term_nominal.PATTERN + "|"
            # "Decides to continue the mandate of UNIKOM for a final period until 6 October 2003"
            r"\bcontinue\s+the\s+mandate\s+of\b(?=[^;]{0,120}?\b(?:until|for\s+a)\b)|"
            # "Recalls paragraph 2 of resolution 2245 (2015) and decides to continue the provision outlined in subparagraphs
            # (f) and (g) to cover up to 20,900 personnel ... until 15 August 2024" (S/RES/2741, 2747, 2748, 2767, 2809)
            r"\bcontinue(?=\s+the\s+provisions?\s+(?:outlined|set\s+out|contained|referred\s+to)\s+in\b[^;]{0,300}?\buntil\b)|"
            # "Decides ... that the 1267/1988 Analytical Support and Sanctions Monitoring Team ... shall continue to support
            # the Committee for a period of twelve months from the date of expiration of the current mandate in December
            # 2022" (S/RES/2665 (2022) op 2 and the yearly 1988 renewals)
            r"\b(?:Team|Group|Panel)\b[^;]{0,200}?\bshall\s+(?:continue\s+to|also)\s+\w+\b"
            r"(?=[^;]{0,80}?\bfor\s+(?:a|an)\s+(?:further\s+|additional\s+)?period\s+of\b)|"
            # "Decides that the Independent International Fact-Finding Mission on the Islamic Republic of Iran ... should
            # continue for one year" (A/HRC/RES/58/21 op 7)
            r"\b(?:shall|should|will)\s+continue\s+for\s+(?:a|an|one|two|three|\d+)\b|"
            # "Decides that UNTMIS shall deliver a first phase of its transition until 31 October 2025" (S/RES/2753 (2024)
            # op 3), "that CTED will continue to operate ... for the period ending 31 December 2025": carried on to a date
             + term_continued.GOES_ON + "|" + term_continued.REASSIGNED + "|"
            # "Authorizes UNMOP to continue monitoring ..., as a last extension of its mandate, until 15 December 2002"
            r"\bauthori[sz]es\b(?=[^;]{0,160}?\bas\s+a\s+(?:last|final|further)\s+extension\s+of\s+its\s+mandate\b)|"
            # passive: "Decides that the mandate of UNAMSIL, established in ..., shall be extended for six months"
            r"\bmandates?\s+of\b[^;]{0,300}?\b(?:shall|should|will|is|are)\s+(?:hereby\s+)?(?:be\s+)?"
            r"(?:extended|renewed|prolonged)\b|" + term_office.PASSIVE + "|" + term_measures.PASSIVE + "|"
            # not a participle as an adjective: "to make use of this extended mandate" (S/RES/1752 (2007) op 14)
            rf"(?<!\bthis\s)(?<!\bthe\s)(?<!\bits\s)\b(?:{phrases(_WORDING['extending_verbs'])})\b"
            r"(?=(?:\s+(?:for\s+a\s+final\s+time|once\s+more|further|again|technically|and\s+(?:modify|expand|adjust|revise)))?"
            r"(?:,?\s+(?:(?:until|till|for)\b|to\s+(?=\d))[^;]{0,80}?,?)?\s+(?:the\s+|its\s+|their\s+|this\s+|that\s+|these\s+)?"
            r"(?:present\s+|current\s+|existing\s+)?(?:mandates?|measures?|deployment\s+of\s+(?=(?-i:[A-Z])|an?\s+additional\b)|increase\s+in\b|authori[sz]ations?|exemptions?|tasks|arrangements|provisions|"
            r"resolution\s+\d|" + term_office.OBJECT + r"|" + term_kind.OBJECT + r"|" + term_kind.THING + r"|"
            # "Decides to extend UNAMA for an additional period of 12 months" (S/RES/1471 (2003), 1536 (2004))
            # "Decides to extend the UNMISS mandate, as set out in resolution 2252 (2015), until" (S/RES/2304 (2016) op 4)
            # "Decides to extend the initial period referred to in paragraph 2 of resolution 1535 (2004)" (S/RES/1787 op 1)
            r"decisions\s+in|(?:initial\s+)?period\s+(?:referred\s+to|set\s+out)\s+in\s+paragraph|[A-Z][\w’'-]*(?:’s|'s)\s+mandate|(?-i:[A-Z]{3,})\b(?=\s+(?:for|until)\b|\s+mandates?\b)))|"
            # "to extend, for a period expiring on 31 December 2008, the Group of Experts"; "to renew, for a period of
            # two years, the capacity of the Office of the High Commissioner"
            # "to renew, with effect from the date of adoption of this resolution, until 15 December 2021, the Panel on Somalia"
            r"\b(?:extend|renew)\w*(?=(?:,\s+(?:until|till|for|with\s+effect|as\s+from|from)\b[^;,]{0,80}){0,2},?\s+the\s+"
            r"(?:Group\s+of\s+Experts|Panel)\b)|"
            r"\b(?:extend|renew)s?,\s+(?:for|until)\b[^;]{0,80}?,\s+(?=the\s+capacity\s+of\b)",
            re.I,
        ),
    ),
    ("terminates", re.compile(term_endings.PATTERN, re.I)),
    (
        "establishes",
        re.compile(
            # "Decides to establish, under the auspices of the United Nations, the Independent Institution",
            # "..., establishes the advisory group on reporting to the Forum", "Requests that the Secretary-General rapidly
            # establish an international commission of inquiry for an initial period of one year" (S/RES/2127 (2013) op 24)
            # "to re-establish within thirty days ..., and for a period of six months, the Monitoring Group"
            # "assisted by an Office of the Ombudsperson, to be established for an initial period of 18 months"
            r"\bto\s+be\s+established(?=\s+for\s+(?:a|an)\s+(?:initial\s+)?period\b)|"
            + term_established.PARTICIPLE_FOR
            + r"|"
            # (or appoint a body for a time: "to appoint for a period of six months, within 30 days of adoption of this
            # resolution, a Panel of Experts", S/RES/1591 (2005) op 3 (b), the heldout36 gold; not "to appoint a Special
            # Envoy", no time after the verb; the body's noun, terms.yaml `appointed_bodies`, first after the time:
            # not a person, "a Chair of the Panel", "five experts to serve on the Panel", "an Ombudsperson")
            r"(?:(?:\bdecides\s+to|\b[Tt]o)\s+(?:[a-z]+ly\s+)?(?:(?:re-?)?establish|create|set\s+up"
            r"|appoint(?=\s+for\s+(?:a|an)\s+(?:initial\s+)?period\s+of\s+[\w-]+\s+[a-z]+(?:,[^,;]{1,80},)?\s+"
            r"(?:an?|the)\s+(?:(?!(?:of|to|on|for|in|as|with)\b)[\w-]+\s+){0,3}?"
            rf"(?i:{phrases(_WORDING['appointed_bodies'])})\b(?![’'])))|(?<!which\s)(?<!that\s)\b[Ee]stablishes|"
            + term_established.OTHER_WORDS
            + r"|"
            + term_established.INCLUDES_FOR
            + r")"
            # "Requests the Secretary-General to create for an initial period of 13 months, in consultation with the
            # Committee, a group of up to 4 experts", "to establish for a period of 18 months a New York-based ... Team"
            r"(?:\s+(?:within|for|until|as\s+of)\s+[^,;]{1,100}?(?=,|\s+(?:an?|the)\s))?"
            r"(?:,[^,;]{1,80},|" + ASIDES + r")?\s+"
            # a fund, an account or a post set up has no mandate ("to establish a trust fund for ... the mechanism",
            # "a special account for the United Nations Support Office", "a Mission Planning Officer (P-4) post")
            r"(?!(?:an?|the|such\s+an?)\s+(?:[\w()’'-]+\s+){0,4}?(?:trust\s+fund|fund|(?:special\s+)?account|posts?|duty\s+station|"
            r"funding\s+mechanism)\b)"
            # "to re-establish the SEMG, in consultation with the Committee, until 15 December 2017" (S/RES/2317 op 39)
            # the body's noun heads what is set up, before any "in", "to", "at", "into" or "within": not "a pool of ad
            # litem judges in the International Tribunal" (S/RES/1329 (2000) op 1, 1431 (2002) op 1, the heldout41
            # gold: part of a Tribunal, no body given a mandate), "a logistical support package to AMISOM"
            # (an acronym in brackets names the body itself, its place before it or not: "a United Nations
            # Transitional Administration in East Timor (UNTAET)", S/RES/1272 (1999) op 1)
            # (the acronym may stand alone, with no article: "Decides to establish UNOCA for an initial period of two
            # years", as "to extend UNAMA for an additional period" is read; not "to set up MINUSCA and prepare")
            r"(?=(?:the\s+)?[A-Z]{3,}\b(?=\s*[,;]|\s+(?:until|for|in\s+consultation)\b)|(?:an?|the|such\s+an?)\s+(?:(?:"
            + HOSTED
            + r"[^,;]|"
            + NAME_COMMA
            + r"){0,80}?"
            + rf"\b(?:{_HEADS})\b|(?:[^,;]|"
            + NAME_COMMA
            + r"){0,80}?\([A-Z]{3,}\)))",
        ),
    ),
    # given, not spoken of (term_authorized), or a strength kept, reduced or raised for a time (term_ceiling)
    ("authorizes", re.compile(term_authorized.PATTERN + "|" + term_ceiling.PATTERN, re.I)),
)
# words one of which each action's pattern needs, lower-cased: a clause without them is not searched (the words are
# data: ontology/vocab/terms.yaml `gate_words`)
_GATES = load().terms["gate_words"]
ACTION_WORDS = {
    "extends": (*_GATES["extends"], *term_continued.WORDS, *term_nominal.WORDS),
    "terminates": term_endings.WORDS,
    "establishes": tuple(_GATES["establishes"]),
    "authorizes": tuple(_GATES["authorizes"]),
}
# words one of which a paragraph needs to set any term ("shall remain in force until")
TERM_WORDS: tuple[str, ...] = (*_GATES["any_term"], *term_continued.WORDS, *term_nominal.WORDS)
# characters that re.I matches to an ASCII letter though lower() keeps them apart (ſ, K, ı, İ): a
# clause with one is searched without the test above
CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")
INTENT = re.compile(
    # (and "a future decision of this Council would be required to establish such a mission", S/RES/2127 op 47)
    r"\b(?:intention|intends|intent|expresses\s+its\s+(?:readiness|willingness)|review|consider|whether|unless|not\s+to|"
    # "Decides if the Taliban comply ..., the Security Council shall terminate the measures" (S/RES/1333 op 24): later
    r"would|could|might|required\s+to|that\s+it\s+will|Council(?:\s+(?:shall|will)|(?=\s*$))|"
    # the General Assembly's budget for a mission "subject to a decision of the Security Council to extend the mandate"
    r"(?:subject\s+to|pending)\s+(?:a|the|any)\s+(?:further\s+|future\s+)?decision|"
    # "the Council will review the situation ... with a view to renewing the measures" (not "Requests the
    # Secretary-General to take the necessary measures with a view to extending the mandate of the Group")
    r"\bwill\s+(?:review|consider)\b[^;]{0,200}?\bwith\s+a\s+view\s+to)\b[^;]{0,40}$",
    re.I,
)
AUTHORIZED_TO = re.compile(r"\bauthori[sz]e[sd]?\s+(?:the\s+)?(?:[Mm]ember\s+)?States\b[^;]{0,160}$", re.I)
CLAUSE_CUT = re.compile(  # "..., decides to extend, until 31 August 2026, the mandate of the Panel": a second term
    rf";\s+|,\s+and\s+(?:further\s+|also\s+)?(?=(?:{phrases(_WORDING['next_task_verbs'])})\b)"
    r"|,\s+(?:further\s+|also\s+)?(?=decides\s+(?:further\s+|also\s+)?to\s+(?:extend|renew|establish|terminate)\b)"
    # "Decides to extend the deployment of MONUC until 31 December 2009 and authorizes the continuation until that date of
    # ...", "... Monitoring Board and further decides that ... shall continue to apply until that date" (S/RES/1856, 1905)
    # (the lookbehind: "and" after a run of spaces is cut at its first space; a search tried the run from each, quadratic)
    r"|(?<!\s)\s++and\s+(?:further\s+|also\s+)?(?=(?:decides\s+that|authori[sz]es)\b)|,\s+(?:further\s+|also\s+)?(?=authori[sz]es\b)"
)


def extract(
    text: str,
    p: Paragraph,
    b: Block,
    v: Vocabulary,
    speaker: str | None,
    adopted: str | None,
    actors: Callable[[int, int], list[tuple[str, int, int]]],
    panel: str | None = None,
    governed: bool = False,
    body: str | None = None,
    lead: str | None = None,
) -> list[MandateTerm]:
    """The mandate terms of one operative paragraph's text (sub-paragraphs aside), or of a sub-paragraph
    that its paragraph's directive governs ("Further decides: (a) To establish ..."): governed, or of one
    with a directive of its own ("(a) recalls paragraphs 22, 23, 24 and 26 and exceptionally extends").

    actors(a, b): the actors named in text[a:b] as (id, start, end), paragraph offsets; panel: the
    panel the document is about (document_panel), for "the Panel" named with no resolution; body: the
    mission the document is about (document_body), for "the present mandate" of none named; lead: the
    one resolution an item's lead names, for the paragraphs it names with none."""
    low = text.lower()
    regular, imposed = any(w in low for w in TERM_WORDS), term_imposed.wanted(low)
    support, dissolved = term_support.wanted(low), term_dissolved.wanted(low)
    appointed, carried = term_appointed.wanted(low), term_carried.wanted(low)
    permitted = term_permitted.wanted(low)
    if not (regular or imposed or support or dissolved or appointed or carried or permitted):
        return []
    out: list[MandateTerm] = []
    seen: set[tuple] = set()
    before = Before(text, governed, body, lead)
    starts = [0] + [m.end() for m in CLAUSE_CUT.finditer(text)]
    for i, a in enumerate(starts):
        z = starts[i + 1] if i + 1 < len(starts) else len(text)
        found = _clause_terms(text, a, z, p, b, v, speaker, adopted, actors, panel, before) if regular else []
        found = found or (term_imposed.terms(text, a, z, p, b, v, speaker, adopted) if imposed else [])
        found = found or (term_support.terms(text, a, z, p, b, adopted) if support else [])
        found = found or (term_appointed.terms(text, a, z, p, b, adopted, before, v) if appointed else [])
        found = found or (term_carried.terms(text, a, z, p, b, before) if carried else [])
        found = found or (term_permitted.terms(text, a, z, p, b, v, speaker, adopted, actors) if permitted else [])
        for t in found + (term_dissolved.terms(text, a, z, p, b, v, actors, before, panel) if dissolved else []):
            if (t.action, t.of, t.until) not in seen:
                seen.add((t.action, t.of, t.until))
                out.append(t)
    return term_refs.reestablished(out)  # "extend the mandate of the Panel ..., and ... re-establish the Panel"


def _clause_terms(text, a, z, p, b, v, speaker, adopted, actors, panel, before: Before) -> list[MandateTerm]:
    clause = text[a:z]
    low = clause.lower() if not CASE_FOLDS.search(clause) else None
    for action, rx in ACTIONS:
        if low is not None and not any(w in low for w in ACTION_WORDS[action]):
            continue  # the pattern has none of the words it needs (a scan of the clause, not four)
        m = next((x for x in rx.finditer(clause) if not term_mentioned.mentioned(text, a + x.start())), None)
        if not m:
            continue
        given = term_established.endorsed(m) or term_ceiling.own_verb(text, a + m.start())  # "Maintains the ceiling"
        if not (before.directive(a + m.end()) or given) or before.recalled(a + m.end()):
            return []
        if INTENT.search(clause[: m.start()]):
            # "expresses its intention to extend": no term; "authorizes ... for a period of six months after
            # which the Council will ... decide whether to renew this authorization": the clause's other action
            continue
        if action == "establishes" and term_established.by_another(text, a + m.start()):
            return []  # "Requests UNITAMS ... to establish an appropriate mechanism": set up by others
        timed = times.before_intention(clause, m.end())  # not "..., with the intention to extend it ... for 12 months"
        until = times.until(timed, m.start(), action == "terminates", adopted) or times.that_date(clause, text[:a])
        until = until or (term_endings.on(m.group(0), clause[m.end() :], adopted) if action == "terminates" else None)
        until = until or (term_ceiling.until(timed, m.start()) if action == "authorizes" else None)  # "from ... to"
        period, counted = times.period(timed, adopted)
        if action == "establishes" and (until or period) and AUTHORIZED_TO.search(clause, 0, m.start()):
            continue  # "Authorizes the Member States ... to establish for a further period ... a force": authorized
        until = until or counted
        if action != "terminates":
            until = times.from_start(clause, until, period, adopted)
        sets_up = action == "authorizes" and term_established.SETS_UP.match(clause, m.end())
        if action == "authorizes" and not (until or period or times.for_a_time(clause) or sets_up):
            return []  # an authorization for no time is no term, unless it sets up a force or team
        of, words = (
            term_established.established(text, a + m.end(), z, actors(a, z))
            if sets_up and not (until or period)
            else term_of.of(text, a, z, a + m.start(), a + m.end(), action, v, speaker, actors, panel, before)
        )
        of = term_names.named(of, words, text, a + m.start(), actors, action, speaker)
        if not of:
            return []
        until = times.closing(timed, m.end(), action, until, period, of, adopted)  # "and that the Mission shall close"
        cited = tuple(dict.fromkeys(sym for s, e, sym, *_ in mentions(clause, v, speaker) if sym))
        listed = ("#" in of or of.startswith("S/RES/")) and action != "authorizes"  # measures, or a resolution's
        more = (
            term_measures.measures(clause, v, speaker, m.end() if action != "terminates" else m.start())[1:]
            or term_measures.named_before(text, a + m.end(), z, v, speaker)[1:]  # "renew these measures"
            if listed
            else []
        )
        more += term_measures.as_well_as(clause, v, speaker, m.end()) if action in ("extends", "terminates") else []
        more += (
            term_established.also(
                text, a, z, of, [x for x in actors(a, z) if is_body(x[0], v, speaker) and x[0] not in GENERIC]
            )
            if action in ("extends", "terminates") and ("mandate" in clause or "authori" in clause)
            else []
        )
        terms = [(x, w, until, period) for x, w in [(of, words), *more]]
        then = times.then_until(timed, until) if action == "authorizes" else None
        terms += [(of, words, then, None)] if then else []  # "... until 30 September 2023, and 14,626 ... from ... to"
        again = times.further(timed, m.end(), action, until)  # "with a further extension": every body extended
        terms += [(x, w, *t) for x, w in [(of, words), *more] for t in again]
        if "#" in of and action == "extends":
            # "..., and further decides to renew until <date> the measures ... imposed by paragraph 6 of ...": its own time
            for x, w, at in term_measures.renewed_again(clause, v, speaker, m.end()):
                if all(x != t[0] for t in terms):
                    own_until = times.until(clause[at:])
                    length, counted = times.period(clause[at:], adopted)
                    own = own_until or counted  # a time of its own, else the paragraph's
                    terms.append((x, w, own, length) if own else (x, w, until, period))
        if "#" in of and action in ("extends", "terminates"):  # one term a resolution (heldout10 24 op 1)
            terms = term_measures.merged(terms)
        action = term_authorized.given(action, clause, m)  # "Decides to authorize IGAD ... to establish a ... mission"
        return [
            MandateTerm(
                p.number or 0,
                action,
                x,
                p.index,
                b.to_source(a, z),
                t_until,
                t_period,
                w,
                tuple(r for r in cited if not x.startswith(r)) if action == "extends" else (),
            )
            for x, w, t_until, t_period in terms
        ]
    return []


TASK_LIST = re.compile(rf"\bfollowing\s+(?:{phrases(_WORDING['task_list'])})\b")
# (and an item naming a judge kept to complete a case: "Decides ... that: Judge Dolenc, once replaced as a member of the
# Tribunal, finish the Cyangugu case ...; Notwithstanding Article 11 ..., Judge Ostrovsky ... finish", S/RES/1482 (2003)
# op 1, 1581 (2005) op 1: term_appointed.COMPLETING)
# (or an item that asks someone to set it: "(b) to request the Secretary-General, in consultation with the Committee, to
# appoint for a period of six months ... a Panel of Experts", S/RES/1591 (2005) op 3, the heldout36 gold: T establishes
# PanelOfExperts1591 P6M, as "Requests the Secretary-General to establish, for a period of ..., a Panel" alone; the
# request's infinitive before any semicolon)
_ITEM_VERBS = phrases(_WORDING["item_verbs"])
TERM_ITEM = re.compile(
    rf"\s*[Tt]o\s+(?:{_ITEM_VERBS})\b|"
    + term_imposed.ITEM
    + "|"
    + term_appointed.COMPLETING_ITEM
    + rf"|\s*[Tt]o\s+(?:request|invite)\s+[^;]{{1,200}}?\bto\s+(?:{_ITEM_VERBS})\b"
)


def governed_item(verb: str, lead: str, item: str) -> bool:
    """A sub-paragraph setting a term under its verb ("Decides: (a) To establish", "that: (a) all States shall,
    for a period"), not a task of "the following mandate" ("(e) to establish the necessary operational links")."""
    return verb in ("decides", "authorizes") and bool(TERM_ITEM.match(item)) and not TASK_LIST.search(lead)


def item_terms(
    ctx: Context | None,
    last_verb: str | None,
    lead: str,
    speaker: str | None,
    adopted: str | None,
    panel: str | None,
    asks: bool,
) -> list[MandateTerm]:
    """The terms of a sub-paragraph its paragraph's verb governs, stated in that paragraph; or of one its paragraph's
    verb does not govern that sets a term with a directive of its own that asks no one, "extends" being no mandate
    verb ("Reaffirms its decisions in resolution 2628 (2022) except as follows: (a) recalls paragraphs 22, 23, 24 and
    26 and exceptionally extends its authorisations until 30 June 2023", S/RES/2670 (2022) op 1 (a)), the paragraphs
    it names with no resolution those of the one its lead names. ctx: the item's, None for no item of the text or
    its draft; last_verb: the verb of the last mandate read before it, None for none; asks: the item has verbs
    that ask (read as own). Raises nothing."""
    if ctx is None:
        return []  # no item of the text's own or its draft's
    governed = last_verb is not None and governed_item(last_verb, lead, ctx.text)
    if not governed and (asks or not organ_speaks(lead, ctx.text, ctx.v)):
        return []  # its terms are read with its mandates (mandates._terms_of); or the lead gives it another subject
    cited = None if governed else term_measures.lead_resolution(ctx.text, lead, ctx.v, speaker)
    found = extract(
        ctx.text, ctx.paragraph, ctx.block, ctx.v, speaker, adopted, ctx.actors, panel, governed=governed, lead=cited
    )
    return [replace(t, op=ctx.op) for t in found]
