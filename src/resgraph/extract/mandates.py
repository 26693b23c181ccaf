"""Mandates (who is asked to do what) and the reports they ask for.

A mandate is a directive verb of an operative paragraph (directives.py finds them): the one that
opens it and any after "and" or a comma in its middle ("Recognizes ..., and requests the Office to
..."). Addressees are actors of ontology/vocab/actors.yaml found between the verb and the infinitive
that follows: a definite description ("the Commission") is the body of that kind named last, a pronoun ("them",
"the latter") the actors named just before it, and an activity between actors ("further dialogue
between the United Nations and the Court") has none.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import partial

from resgraph.extract import (
    chapeaux,
    defined_parties,
    directives,
    inline_items,
    mandate_clause,
    means_items,
    products,
    region_states,
    report_contents,
    report_created,
    report_from_items,
    report_redated,
    report_renewed,
    report_reporters,
    report_set_up,
    report_unknown,
    subparagraphs,
    term_panels,
    these_states,
)
from resgraph.extract import reports as report_clauses
from resgraph.extract import terms as term_clauses
from resgraph.extract.addressees import actors_in
from resgraph.extract.aliases import _Scan
from resgraph.extract.asked import REPORT_ASKED, report_from
from resgraph.extract.named import _Named
from resgraph.extract.report_receivers import Context as ReportContext
from resgraph.extract.windows import addressee_window, anothers_call
from resgraph.models import Block, Mandate, MandateTerm, ReportDue
from resgraph.vocab import Vocabulary, load

# Unicode hyphens and spaces read as their ASCII forms, one character for one, so spans stay put
SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2212\u00ad\ufe63\uff0d"), "-"),
        **dict.fromkeys(map(ord, "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"), " "),
    }
)
# SAME_LENGTH as replacements of the characters a text has: translate looks every character up
# in the table, where most paragraphs have none of them or one
_SAME_LENGTH_PAIRS = tuple((chr(c), r) for c, r in SAME_LENGTH.items())


def _same_length(text: str) -> str:
    """text.translate(SAME_LENGTH), faster."""
    for c, r in _SAME_LENGTH_PAIRS:
        if c in text:
            text = text.replace(c, r)
    return text


# "Decides that the Panel shall provide": the panel the document is about opens the clause, no possessive
PANEL_SUBJECT = re.compile(r"(?:the\s+)?(?:Panel|Group\s+of\s+Experts|Monitoring\s+(?:Team|Group))\b(?!['’])")
# verbs whose addressee may be a bare verb's subject ("demands all parties allow", "decides the three Committees will",
# "requests MONUSCO support the government in advancing women's political participation", S/RES/2502 (2019) op 32 and
# its renewals: the government is MONUSCO's object; "requests the parties update the AUHIP", S/RES/2416 (2018) op 6)
# a relative pronoun after a noun's "for" (verbs.yaml `not_before`): "require an advance approval by the Committee ...,
# requests for which shall be submitted at least five working days in advance by the FGS or the State or international,
# regional or subregional organisation" (S/RES/2607 (2021) op 23 and the Somalia arms embargo texts): the requests are
# the suppliers', no one is asked
RELATIVE = re.compile(r"\s+(?:which|whom)\b")
# (the verbs are data: ontology/vocab/mandates.yaml `bare_subject_verbs`)
BARE = frozenset(load().mandates["bare_subject_verbs"])


def _terms_of(ctx, p, b, own: bool, speaker, adopted, panel, mission) -> list[MandateTerm]:
    """The terms an operative paragraph sets, or an item with a verb of its own ("Acting under Chapter VII ...: (a)
    Authorizes the European Union to deploy, for a period of one year ..., an operation", S/RES/1778 (2007) op 6),
    numbered as its paragraph; none for an item whose paragraph's verb governs it (read in terms.item_terms)."""
    if own and p.kind != "subparagraph":
        return []
    found = term_clauses.extract(ctx.text, p, b, ctx.v, speaker, adopted, ctx.actors, panel, body=mission)
    return [replace(t, op=ctx.op) for t in found] if own else found


def _speaker_actor(v: Vocabulary, organ: str | None) -> str | None:
    return v.actor_of_organ(organ)


def _opens_with_verb(text: str, v: Vocabulary) -> bool:
    """Whether an operative paragraph opens with a directive verb of its own."""
    hits = directives.find(_same_length(text), v)
    return bool(hits) and hits[0][0] == 0


def _op_of(blocks: tuple[Block, ...], parent: int) -> int:
    """The number of the operative paragraph at index parent (0 when it has none)."""
    return blocks[parent].paragraph.number or 0


def extract(
    blocks: tuple[Block, ...],
    v: Vocabulary,
    speaker_of: dict[str, str | None],
    adopted: str | None = None,
    symbol: str | None = None,
) -> tuple[tuple[Mandate, ...], tuple[ReportDue, ...], tuple[MandateTerm, ...]]:
    """(mandates, reports due, mandate terms) of the operative paragraphs of the organ's text and of its draft;
    adopted (ISO date) dates "within 30 days of the adoption"; symbol, the text's own, names the panel it sets up.
    Reports due are read in reports.py and mandate terms in terms.py, clause by clause."""
    after, after_link = directives.after_verb(v)
    mandates: list[Mandate] = []
    reports: list[ReportDue] = []
    terms: list[MandateTerm] = []
    organ = v.organs.get(speaker_of.get("main") or speaker_of.get("draft") or "")
    named = _Named(defaults={"the Committee": (organ.committee,)} if organ and organ.committee else None)
    # the organ that speaks counts as named before its text: "the Council" in a Council's own
    # resolution ("Requests the President of the Council") is that Council when no other was named
    named.note(dict.fromkeys(a for a in (_speaker_actor(v, speaker_of.get(k)) for k in ("draft", "main")) if a))
    texts = [b.paragraph.text for b in blocks]
    named.defined = defined_parties.defined(texts, v)  # "(“the Malian parties”)": the State beside them
    panel, mission = term_panels.document_panel(texts, v, symbol), term_panels.document_body(texts, v)
    last: tuple[int, tuple[str, ...]] | None = None  # (op, addressees) of the last mandate, for its sub-paragraphs
    parent = 0  # the index of the operative paragraph the sub-paragraphs that follow belong to
    listing: subparagraphs.Listing | None = None  # the mandate whose addressees the sub-paragraphs name
    tasks_of: tuple[str, ...] = ()  # the body whose tasks the sub-paragraphs list, who reports among them
    from_of: tuple[str, ...] = ()  # whom the items under a "(c) from the Panel of Experts:" item are from
    prior = ""  # the operative paragraph before this one
    lead_text = ""  # the text of the operative paragraph the sub-paragraphs that follow belong to
    means = means_items.Means()  # the points of a paragraph that asked no one and lists the means of its act
    opens_with_verb = partial(_opens_with_verb, v=v)
    for b, written, text in chapeaux.texts(blocks, opens_with_verb, named.put_off, _same_length):
        p = b.paragraph
        # a sub-paragraph of a paragraph that asked no one, the text's first ("1. Welcomes ...: (d) The retention
        # of provisions ..., and encourages the Federal Government to ensure", A/HRC/RES/57/27 op 1): its own verbs
        first = (_op_of(blocks, parent), ()) if blocks[parent].paragraph.kind == "operative" else None
        own, mid, task_end, prev_of_parent = subparagraphs.own_mandates(
            p, text, v, last or first, partial(directives.find, v=v)
        )
        # "Expresses its determination ... by: (a) Requesting the Secretary-General to": the organ's own gerunds
        by_means = means.points(p, text, v, parent, own or bool(mid))
        mid, task_end = (by_means, by_means[0][0]) if by_means else (mid, task_end)
        if not (p.kind == "operative" and p.part in ("main", "draft")) and not own:
            item = p.kind == "subparagraph" and p.part in ("main", "draft")
            ctx = _context(text, p, b, v, speaker_of, adopted, named, _op_of(blocks, parent), panel) if item else None
            if ctx and last:
                last = subparagraphs.list_item(mandates, listing, text, v, named, last, panel)
                ctx.lead = lead_text  # "with a view to: (a) Providing the Security Council with options": the review's
                src, heads = report_from_items.opened_from(ctx)  # "(a) from the FGS, ..., reports which include"
                from_of = ((src,) if heads else ()) if src else from_of
                in_item = report_clauses.extract(ctx, 0, task_end, (src,) if src else from_of or tasks_of or last[1])
                reports += report_contents.in_contents(lead_text, in_item)  # "report ..., including on: (a) ..."
            # (with no mandate before too: an item setting a term of its own)
            terms += term_clauses.item_terms(
                ctx,
                mandates[-1].verb if mandates else None,
                lead_text,
                speaker_of.get(p.part),
                adopted,
                panel,
                bool(mid),
            )
            if not mid:
                named.put_off(text)
                continue
            own = True
            keep = last  # the tasks after it still belong to whom the paragraph asked
        else:
            listing = None
            keep = None
            from_of = ()
            lead_text = lead_text if own else text
        # a sub-paragraph's is its operative paragraph's number, not that of the last paragraph with a mandate
        # ("3. Determines that both parties should ... taking the measures listed below:" and "(2) JBVMM Team
        # Sites: ..., and calls upon South Sudan", S/RES/2609 (2021): op 3, not op 2)
        op = _op_of(blocks, parent) if own else p.number or 0
        # a sub-paragraph's mandate is stated in its operative paragraph (the graph's shape), its span its own
        at = parent if own else p.index
        parent = at
        hits = mid or directives.find(text, v, p.kind == "operative")
        named.appointed(text, v)  # "the appointment by X of a focal point": "the focal point" is X's
        spans_in = _Scan(text, v)
        ctx = _context(text, p, b, v, speaker_of, adopted, named, op, panel, spans_in)
        op_terms = _terms_of(ctx, p, b, own, speaker_of.get(p.part), adopted, panel, mission)
        terms += op_terms
        if not own:
            speaker = _speaker_actor(v, speaker_of.get(p.part))
            body = subparagraphs.owner(text, op_terms, ctx.actors, v, panel)
            # (or the body it sets up: "Decides to convene ... an open-ended working group:", A/RES/76/231 op 5)
            body = body or report_set_up.listed_tasks_of(text, ctx.actors, speaker)
            body = body or report_created.listed_tasks_of(text, op_terms, panel)  # "to establish a panel of experts:"
            tasks_of = (body,) if body else ()
        reports += report_clauses.directed(ctx, hits[0][0] if hits else len(text))  # "Directs the Panel to report"
        reports += report_renewed.renewed(ctx)  # "Renews the reporting requests set out in paragraph 17 of ..."
        reports_before = len(reports)
        asked_before = len(mandates)
        prev: tuple[str, ...] = prev_of_parent  # "..., and requests him to report": whom the paragraph asked
        # "9. Requests him to", "6. Also invites those countries"
        prev = prev or (
            ()
            if own
            else these_states.person_asked_before(text, last, v) or these_states.states_asked_before(text, last, v)
        )
        prev_end = 0  # end of the previous mandate's addressee window
        joined: list[int] = []  # "Invites and encourages X to": the verbs that share the next one's addressees
        read = 0  # the paragraph's text up to here is put off
        stops = directives.clause_stops(text, v)
        bullets = inline_items.items(text, hits[0][1]) if hits else (-1, [])  # "...: – item; – item" inline
        list_owner: tuple[str, ...] = ()  # whom the verb before the list's colon asks: the items' reporter
        for i, (s, e, verb, noun) in enumerate(hits):
            if s > read:  # "..., and requests the Office": the text since the last verb
                named.put_off(text, partial(spans_in, read, s, True), s, read)
                read = s
            following = hits[i + 1][0] if i + 1 < len(hits) else len(text)
            # (or the next item or sentence, its verb none that asks: "b. Calls upon all States ..., c. Stresses")
            clause_end = min(following, next((x for x in stops if x >= e), following))
            # a verb inside an inline item governs that item; the items after it are the list's (inline_items)
            rest, clause_end = clause_end, inline_items.item_end(bullets, s, clause_end)
            if i + 1 < len(hits) and text[e:following].strip() in ("and", "or", ",", "and/or", ", and"):
                joined.append(len(mandates))
            nb = directives.not_before(v).get(verb)
            word = nb.match(text, e, clause_end) if nb else None  # "its call for"
            adv = None if word else (after if verb == "decides" else after_link).match(text, e, clause_end)
            # "Decides, in order to assist the Committee ..., that the Monitoring Team shall": read from the "that"
            # after the aside, as after "Decides" (ve: where the verb's clause goes on)
            ve = mandate_clause.clause_start(text, e, clause_end, verb, word, after_link)
            adv = None if ve > e else adv
            # "Recalls its decision in resolution 77/276 to request the Court": an infinitive, no addressee
            to_after = noun and not v.verbs.get(verb, {}).get("infinitive_after_noun")
            ws, we = addressee_window(
                text,
                word.end() if word else adv.end() if adv else ve,
                spans_in,
                clause_end,
                to_after,
                verb in BARE and not noun,
            )
            window = text[ws:we]
            speaker = _speaker_actor(v, speaker_of.get(p.part))
            other = anothers_call(text, (ws, we), written[s:e], spans_in, speaker, v)  # "the call of the Secretary-G."
            ask = (ve, ws, we, clause_end, prev_end, s)
            # "..., requests for which shall be submitted ... by the FGS or the State": a relative after the noun, no call
            names = (
                ()
                if other or (word and RELATIVE.match(text, word.end()))
                else mandate_clause.who_is_asked(text, ask, verb, bool(word), v, named, spans_in, speaker, prev, prior)
            )
            names = region_states.as_states(names, window, speaker)  # the Assembly's "all States of the region"
            # "Decides that: a. ...; b. ...": the items in its text name who shall act
            names = subparagraphs.inline_decision(text, (ws, clause_end), verb, names, v, named, speaker)
            # "the Panel of Experts", "the Monitoring Team": the panel the document is about
            # (once: "the 1267/1988 Analytical Support and Sanctions Monitoring Team" names the team and the committee)
            names = term_panels.with_panel(names, window, panel, verb)
            if panel and (
                not names
                and term_panels.names_panel(window)
                or verb == "decides"
                and names == (speaker,)
                and PANEL_SUBJECT.match(window)
            ):
                names = (panel,)  # "Decides that the Panel shall provide": the panel acts, not the Council
            # "its call for the immediate release": a noun, no mandate; "(c) Encouraging the inclusion of": no one asked
            if (word or other or by_means) and not names:
                if joined and joined[-1] == len(mandates):
                    joined.pop()
                continue
            named.note(names)
            # a pronoun after a verb that asked no one may stand for whom its object named ("Encourages strengthening
            # the lending capacity of multilateral development banks, in that regard urges them", A/RES/77/156 op 20)
            asked_before_it, (prev, prev_end) = prev, (names, we if names else ws)
            mandates.append(
                Mandate(
                    op,
                    verb,
                    names,
                    at,
                    b.to_source(s, clause_end),
                    written[s:e],
                    written[ws:we].strip(),
                )
            )
            # "Invites:", "Decides that:" and the addressees or subjects of its sub-paragraphs
            listing = subparagraphs.opens_list(text, ws, verb, names, speaker, len(mandates) - 1) or listing
            who = names
            made_of = (text, (s, ws, we), v, named, asked_before_it, prior, speaker)  # products.maker's arguments
            found_reports = _clause_reports(ctx, (s, clause_end), who, verb, made_of)
            from_one = report_from(window, v, named)  # "a report from the Director General of the IAEA on whether"
            if from_one:
                names = from_one
                mandates[-1] = replace(mandates[-1], addressees=names)
                named.note(names)
                # "requests an informal briefing from the head of the Institution" (A/RES/79/185 op 49): its maker
                fallback = report_unknown.asked_of_none(ctx, None)  # the organ's reporter, given to a report of no one
                found_reports = [replace(r, by=names[0]) if r.by in (None, fallback) else r for r in found_reports]
            elif (
                not names
                and found_reports
                and found_reports[0].by
                and REPORT_ASKED.match(window)
                and (ctx.before or found_reports[0].by != report_unknown.asked_of_none(ctx, None))
            ):  # (not the organ's reporter of a report asked of no one: "requests a further report", no one asked)
                # "requests also a final report to the Committee": who is asked is who reports; "Requests the
                # following reports ...: a. from the GFRS ...; b. from the Secretary-General": each item's reporter
                listed = report_reporters.FOLLOWING.match(window)
                names = tuple(dict.fromkeys(r.by for r in found_reports[: None if listed else 1] if r.by))
                mandates[-1] = replace(mandates[-1], addressees=names)
                named.note(names)
            # "further requests that this report include": who makes the report
            names = prev = _made(mandates, named, names, verb, made_of)
            reports += found_reports
            list_owner = who if s < bullets[0] else list_owner
            reports += _list_items(ctx, (clause_end, rest), list_owner)  # the items after this verb's
            ctx.before = (found_reports[-1].by,) if found_reports and found_reports[-1].by else who
            last = (op, who)
        for j in reversed(joined):
            mandates[j] = replace(mandates[j], addressees=mandates[j + 1].addressees)
        named.put_off(text, partial(spans_in, 0, len(text), True))
        # "Extends to 15 August 2017 the deadline for the submission of the final report": a report given a new date
        reports += report_redated.redated(ctx, reports[reports_before:])
        prior = text if p.kind == "operative" else prior  # the paragraph a product named later may be asked in
        means.after(p, text, len(mandates) == asked_before, v)
        last = keep or (last if own or len(mandates) > asked_before else _directed(ctx, op))
    return tuple(mandates), tuple(reports), tuple(terms)


def _directed(ctx: ReportContext, op: int) -> tuple[int, tuple[str, ...]]:
    """(op, reporter) for the sub-paragraphs of a paragraph that asks no one: whom it directs, never whom the
    paragraph before asked ("6. Directs the Committee to: ... (c) Report back", not the States op 5 asked)."""
    return (op, report_clauses.handed_to(ctx, len(ctx.text)))


def _list_items(ctx: ReportContext, at: tuple[int, int], owner: tuple[str, ...]) -> list:
    """The reports of the inline items at (the end of a verb's item, the end its clause had gone to), asked of the
    list's owner: whom the verb before the list's colon asks (inline_items); none where the clause ended in its item."""
    return report_clauses.extract(ctx, *at, owner) if at[0] < at[1] and owner else []


def _clause_reports(ctx: ReportContext, at: tuple[int, int], who: tuple[str, ...], verb: str, args) -> list:
    """The reports of the clause at (its start and end) asked of who; for a request that names no one and gives no
    report so, those asked of the maker of the product it asks for (products.maker(*args), the addressee _made gives
    its mandate): "requests that such review be conveyed no later than 13 January 2023" (S/RES/2640 (2022) op 58)."""
    found = report_clauses.extract(ctx, *at, who)
    if who or found or verb != "requests":
        return found
    maker = products.maker(*args)
    return report_clauses.extract(ctx, *at, maker) if maker else found


def _made(mandates: list[Mandate], named: _Named, names: tuple[str, ...], verb: str, args) -> tuple[str, ...]:
    """names, or for a request that names no one, the maker of the product it asks for (products.maker(*args)),
    the last mandate's addressees set and noted."""
    if names or verb != "requests":
        return names
    names = products.maker(*args)
    if names:
        mandates[-1] = replace(mandates[-1], addressees=names)
        named.note(names)
    return names


def _context(
    text, p, b, v, speaker_of, adopted, named: _Named, op: int, panel: str | None, spans_in=None
) -> ReportContext:
    """What reports and terms read beside a clause: its paragraph, speaker, date, actors named."""
    scan = spans_in or _Scan(text, v)

    def actors(a: int, z: int) -> list[tuple[str, int, int]]:
        return [(x, a + s, a + e) for x, s, e in actors_in(text[a:z], v, named, spans=scan(a, z))]

    def last_named() -> list[str]:
        known = named.asked(v)
        return sorted(known, key=lambda k: -known[k])

    return ReportContext(text, p, b, v, speaker_of.get(p.part), adopted, actors, last_named, op, panel)
