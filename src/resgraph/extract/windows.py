"""Addressee windows: where the addressees a directive verb governs begin and end in its clause.

After the verb ("Requests", "its invitation and encouragement to", "that"), up to the infinitive
("to continue"), a comma or "that"; a comma between the bodies of a list, inside a name or inside a
body's parts ("MONUSCO’s military, police and civilian components") ends nothing; in a "that" clause
the subject ends at its verb. Split from addressees.py, which reads the actors inside a window.
"""

from __future__ import annotations

import bisect
import re
from itertools import takewhile

from resgraph.extract import asides, invited, list_members, that_opening
from resgraph.extract.addressees import DETERMINERS, PART
from resgraph.extract.list_ends import LIST_STOP, aside_commas, list_stop
from resgraph.extract.subjects import bare_subject_end, subject_end
from resgraph.vocab import Vocabulary, load
from resgraph.wordsearch import phrases

_WORDING = load().mandates  # the word lists below (ontology/vocab/mandates.yaml)

# "as appropriate" before a comma, or before the next body of a list: "and as appropriate the Committee Chair"
QUALIFIED = rf"\s+(?:{phrases(_WORDING['as_qualified'])})(?:,|\s+the\s+[A-Z])"
CLAUSE_END = re.compile(
    # ("as appropriate" set off by a comma inside a list ends nothing: "all States, relevant United Nations bodies
    # and, as appropriate, other organizations and all interested parties", heldout6 S/RES/1478 op 33; "other
    # governments in the region as appropriate, MONUC and the Group of Experts", S/RES/1857 op 11)
    # (nor one with no commas of its own before the next body: "the Panel of Experts, and as appropriate the Committee
    # Chair, to present", S/RES/2801 (2025) ops 15, 16; nor "as a whole", which qualifies the body before it: "organizations
    # of the United Nations system as a whole and all others concerned", heldout26 A/RES/74/92 op 0)
    # (nor a relative clause that only qualifies the body, the list going on after it: "Member States that are in a
    # position to do so and development and humanitarian partners", A/RES/74/118 op 56; DO_SO_AND below)
    rf"[,;:]|\s(?:that|which|who|(?<!well\s)as(?!\s+well\s+as|\s+a\s+whole\b|{QUALIFIED})|in order)\s(?!are\s+in\s+a\s+position\s+to\s+do\s+so\b)|$"
    # partners, not addressees (the golds): "in cooperation with", "jointly with", "with the support of"
    rf"|\s(?:in\s+(?:close\s+)?(?:{phrases(_WORDING['partners_end']['in_with'])})"
    rf"|jointly)\s+with\b|\swith\s+the\s+(?:full\s+)?(?:{phrases(_WORDING['partner']['help_of'])})\s+of\b"
    # a participle that names partners: "Requests States and regional organizations cooperating with Somali
    # authorities to inform" (S/RES/2077 (2012) op 33 and the piracy resolutions after it)
    r"|\s(?:cooperating|working|collaborating)\s+(?:closely\s+)?with\b"
    # nor who gives the support a group receives: "Encourages countries receiving support from the Peacebuilding
    # Fund to share" (A/RES/80/11 op 15, S/RES/2805 (2025) op 15)
    rf"|\sreceiving\s+(?:[a-z]+\s+){{0,2}}?(?:{phrases(_WORDING['partners_end']['received'])})\s+from\b"
    # nor whom an addressee's charge bears on: "the Government of Libya’s focal point responsible for communication with
    # the Committee" (S/RES/2644 (2022) op 3 and the Libya renewals after it; not "those responsible for", an alias)
    r"|(?<!\bthose)\sresponsible\s+for\b"
)

# "the request made to", "its demands on Eritrea to withdraw" (S/RES/1798 (2008) op 5), "its authorization and its
# full support given to the Special Representative" (S/RES/1967 (2011) op 8)
NOUN_LEAD = re.compile(
    r"(?:and\s+(?:its\s+)?(?:[a-z]+\s+){1,2}?)?(?:(?:made|addressed|given)\s+)?(?:to|for|on|upon)\s+"
)

# what may stand between "its request to" and the addressees' alias: modifiers, no verb's object
NOUN_TO = re.compile(r"(?:[a-z][\w-]*(?:,?\s+(?:and|or))?\s+){0,3}")

TO_COLON = re.compile(r"\bto\s*:")

# a phrase set off by commas right after the verb, before its object: "and encourages, as appropriate, the use of the
# focal point for de-listing for requests from petitioners, and in addition notes the importance of reviewing ...
# designations adopted by the Committee" (S/RES/2769 (2025) op 11, 2819 (2026) op 11): its comma had ended the search
# for the window's end, which ran to the clause's and took in the Committee; not before a "that" clause's subject
# (that_opening.py reads those)
LEADING_ASIDE = re.compile(r"\s*,[^,;:]{1,200}?,\s*(?!that\b)")


TO_VERB = re.compile(r"\bto\s+(\w+)")
# "Demands an end to violence by all sides" (heldout18 S/RES/1828 (2008) op 11): the "to" of what ends, no infinitive;
# nor the "to" of a right ("the Special Rapporteur on the right to privacy and the Special Rapporteur on ..., and the
# Council of Europe", A/RES/79/284 op 29, heldout44 25: the list goes on)
END_TO = re.compile(r"\b(?:end|halt|rights?)\s+$")
# an example set off by commas before the agent of the object's activity: "Encourages the use of and engagement with forums
# and expertise available within relevant United Nations bodies, such as the Commission on Science and Technology for
# Development, by all relevant stakeholders" (A/RES/74/197 op 31, renewed yearly to 80/118 op 43): the window reads past
# the example to "by" (agents.py reads the agent), 80 characters at most, no comma of its own
# (an example with a "by" of its own, "such as that provided by the World Bank", is no example before an agent: review64-E)
EXAMPLE_BY = re.compile(r"\s*such\s+as\s(?:(?!\bby\b)[^,;:]){1,80},\s*by\s")
# "Calls upon Member States that are in a position to do so and development and humanitarian partners, ..., to
# consider" (A/RES/74/118 op 56 and its yearly successors): "to do so" qualifies the States and the list goes on
DO_SO_AND = re.compile(r"to\s+do\s+so\s*,?\s+(?:and|as\s+well\s+as)\s+")


# where an earlier resolution said a renewed call or demand: "its demand expressed in paragraph 5 of resolution 1640
# (2005) that Ethiopia accept" (S/RES/1741 (2007) ops 3, 5, 6), "its demand, expressed in paragraph 21 of resolution
# 1807 (2008) and reaffirmed in paragraph 14 of resolution 1857 (2008), that all parties" (S/RES/1896 op 13), "its
# request, outlined in paragraphs 6 and 7 of resolution 1814 (2008), to the Committee" (S/RES/1844 op 11)
SAID = rf"(?:as\s+)?(?:{phrases(_WORDING['said'])})"
IN_RESOLUTION = (
    r"(?:paragraphs?\s+\d+(?:\s*\([a-z]\))?(?:\s*(?:,|and|to)\s*\d+(?:\s*\([a-z]\))?)*\s+of\s+)?"
    r"(?:its\s+|that\s+)?resolutions?\s+[\d/]+(?:\s*\(\d{4}\))?(?:\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"
    r"(?:(?:\s*+,)?+\s++and\s+[\d/]+(?:\s*\(\d{4}\))?)?"
)
# (linear in a run of spaces, tests/test_linear_call_sites.py: possessive where a comma or a word follows a run; the
# run after "to renew" is given back 81 spaces at most, past which [^,;:]{1,80}? can no longer reach beyond it)
WINDOW_LEAD = re.compile(
    rf"\s*(?:,\s*{SAID}\s+in[^,]*,\s*|in\s+(?:that|its|the\s+same)\s+resolution\s+"
    # "Recalls its request in paragraph 14 of resolution 2331 (2016) to the Monitoring Team"
    # "Recalls the request, in resolution 2178 (2014), to the Monitoring Team", "its authorization,
    # pursuant to its resolutions 2162 (2014) and 2226 (2015), to the Secretary-General"
    rf"|,?\s*(?:{SAID}\s+)?(?:in|pursuant\s+to|under)\s+{IN_RESOLUTION}"
    # (and a second place, said or not: "Reiterates its requests in paragraph 18 of resolution 2111 (2013) and
    # paragraph 16 of resolution 2431 (2018) that AMISOM support", S/RES/2444 (2018) op 42)
    rf"(?:\s*+(?:,\s*+)?+and\s+(?:{SAID}\s+in\s+)?{IN_RESOLUTION})*\s*+(?:,\s*+)?+"
    # (a comma before "made": "Reiterates its request, made to the Secretary-General in its resolution 73/188, ...,
    # to continue his efforts", A/RES/75/197 ops 21, 22, 77/234 op 25)
    r"|\s*+(?:,\s*+)?(?:made|given)\s+(?=to\s))?"
    # ("Reiterates its request, as a matter of urgency, to the TFG and relevant Somali regional authorities to
    # elaborate", S/RES/2015 (2011) op 7)
    r"(?:(?:,\s*+)?as\s+a\s+matter\s+of\s+(?:priority|urgency)\s*+(?:,\s*+)?+(?=that\b|to\s))?"
    # "Decides to authorise AMISOM to pursue": who is authorised is asked (the heldout4 gold of S/RES/2520 (2020))
    # "Decides to invite the Secretary-General, ..., to develop" (heldout5 E/RES/2021/30 op 0): who is invited (invited.py)
    # ("Decides to authorize member States of the African Union to maintain a mission", S/RES/1772 op 9; "Decides to
    # authorise for a period of one year ..., Member States acting nationally", S/RES/2240 op 8; "to authorize, in these
    # exceptional and specific circumstances for a period of 12 months ... Member States", heldout S/RES/2292 op 3)
    # ("Decides to request the President of the Economic and Social Council ... to organize", heldout9 E/RES/2024/4
    # op 11: who is requested, as who is invited)
    # ("Decides to request that the Secretary-General close the United Nations Trust Fund", S/RES/1448 (2002) op 4: the
    # subject of the request's "that" clause, as "Requests that the Secretary-General close" names it)
    r"(?:to\s+(?:also\s+|further\s+)?request\s+that\s+"
    rf"|{invited.LEAD}"
    r"|to\s+authori[sz]e\s*+(?:,\s*+)?+(?:for|in|until|as)\s[^;:]{1,200}?(?:,\s*|\s+)(?=(?:the\s+|all\s+)?(?:[Mm]ember\s+)?States\b)"
    # a renewed authorization to act names who is authorized: "Decides to renew for up to six months ... the
    # authorization of Member States of the African Union to maintain a mission" (heldout7 S/RES/1863 op 2: the
    # Union); the authorization alone is the Council's decision ("to renew the authorization of AMISOM until 31 May
    # 2021", "to extend the authorization of the International Security Assistance Force, as defined in", "the
    # authorization provided by paragraph 11 of resolution 2183", heldout5)
    r"|to\s+(?:renew|extend)(?=\s)(?:\s(?=\s{81}))*+\s{1,81}(?:[^,;:]{1,80}?\s+)?the\s+authori[sz]ations?\s+(?:of|given\s+to|granted\s+to)\s+"
    r"(?=(?:the\b|all\b|member\s+States\b|[A-Z])[^,;:]{1,120}?\sto\s+[a-z]))?"
    r"(?:that\s+|to\s+(?=the\b|all\b|those\b|[A-Z]))?"
)


def addressee_window(
    text: str, start: int, spans_in, stop: int, noun: bool = False, subjunctive: bool = False
) -> tuple[int, int]:
    """The addressee window after a verb: up to the infinitive ("to continue"), a comma or "that";
    a "to" or a comma inside an actor's name ("parties to armed conflict") ends nothing. After a
    noun ("its request to intergovernmental organizations to") "to" comes before the addressees.
    spans_in(a, b): the aliases of text[a:b]. subjunctive: a verb whose addressees may be the subject
    of a bare verb, "that" left out ("demands all parties allow full ... access for ... humanitarian
    actors", S/RES/2615 (2021) op 3): with no infinitive, the subject ends at its verb.

    Linear in the clause: whether a place is inside a name is a bisection of the names (settled,
    so sorted and apart), and the commas of a list are read once each (testing each comma against
    every name and every later comma was quadratic: a 60 KB list took 14 s)."""
    s, that = _window_start(text, start, spans_in, stop, noun)
    first = LEADING_ASIDE.match(text, s, stop) if not that else None
    if first:  # "encourages, as appropriate, the use of the focal point": the window after the aside
        s = first.end()
    seg = text[s:stop]  # never past the next mandate's verb
    names = _Names(spans_in(s, stop))
    end = subject_end(seg, names, len(seg)) if that else len(seg)
    set_off = [] if that else asides.asides(seg, names)  # "the CTC, with the support of CTED, as well as the UNOCT"
    for m in TO_VERB.finditer(seg, 0, end):
        if (
            names.covers(m.start())
            or asides.inside(set_off, m.start())
            or END_TO.search(seg, max(0, m.start() - 8), m.start())
            # "contributing troops to the mission": the troops' "to", a name or "the" after it; not the infinitive
            # that ends the window ("countries contributing troops to support MINUSCA")
            or (
                list_members.SENT_TO.search(seg, max(0, m.start() - 40), m.start())
                and not (m.group(1)[0].islower() and m.group(1).lower() not in DETERMINERS)
            )
            or ((so := DO_SO_AND.match(seg, m.start())) and names.starts_between(so.end(), so.end() + 60))
        ):
            continue
        if m.group(1).lower() not in DETERMINERS and m.group(1)[0].islower():
            end = min(end, m.start())
            break
        # "reporting by UNIFIL to the Security Council": who receives is no addressee
        if (m.start(1) in names.start_set or m.start(1) + 4 in names.start_set) and m.start() > 0:
            end = min(end, m.start())
            break
    end = bare_subject_end(seg, names, end) if subjunctive and not that else end
    colon = TO_COLON.search(seg, 0, end)  # "encourages it to: a. develop": sub-paragraphs follow
    if colon:
        end = colon.start()
    if end == 0:  # "Recalls its decision in resolution 77/276 to request the Court": no addressee
        return s, s
    # a comma inside a name ("international, regional and subregional organizations") ends nothing;
    # nor one between the bodies of a list ("Member States, intergovernmental and non-governmental
    # organizations and other relevant entities to provide")
    parts = [(b, pm.end()) for b in names.ends if (pm := PART.match(seg, b))]  # "MONUSCO’s military, police and"
    ends = [
        c
        for c in CLAUSE_END.finditer(seg[:end] if end else seg)
        if not names.inside(c.start())
        and not asides.inside(set_off, c.start())
        and not any(a < c.start() < z for a, z in parts)
        # "funds ... such as the Global Environment Facility and the Green Climate Fund": examples of the
        # list's bodies go on with it, a name opening them, "the" at most before it (not "such as those
        # associated with", "such as the conference")
        and not (seg.endswith("such", 0, c.start()) and names.starts_between(c.end(), c.end() + 5))
    ]
    stop_at = -1  # the index in ends of the first clause end after a comma that no list goes on past
    aside = -1  # the index in ends of the comma that closes a phrase set off by commas
    for i, c in enumerate(ends):
        if i <= aside:
            continue
        # (or an example before an agent's "by": ", such as the Commission ..., by all relevant stakeholders")
        skip = _example_ends(seg, ends, i) or (
            aside_commas(seg, ends, i, names) if c.group() == "," and c.start() > 0 else 0
        )
        if skip:  # "Requests ECOWAS, through the command of its force, and France to report"
            aside = i + skip
            continue
        if c.group() == "," and c.start() > 0 and not LIST_STOP.match(seg, c.end()):
            # the words after the comma are the next body of a list if they, or the items after
            # them up to one that begins a clause of its own, name an actor
            if stop_at <= i:
                stop_at = list_stop(seg, ends, i + 1, names)
            if names.starts_between(
                c.end(), ends[stop_at].start() if stop_at < len(ends) else end
            ) or list_members.bare_heads(seg, c.end(), end):
                continue
        if c.start() > 0:
            end = min(end, c.start())
        break
    return s, s + end


def _example_ends(seg: str, ends: list[re.Match[str]], i: int) -> int:
    """How many clause ends after ends[i] an example set off by commas spans, an agent's "by" after it (EXAMPLE_BY:
    its " as " and its closing comma); 0 when none opens at ends[i]."""
    example = EXAMPLE_BY.match(seg, ends[i].end()) if ends[i].group() == "," else None
    if not example:
        return 0
    # the ends are in order: count those inside the example and stop at the first past it
    return sum(1 for _ in takewhile(lambda c: c.start() < example.end(), ends[i + 1 :]))


class _Names:
    """A window's aliases (settled: sorted by start and apart), asked where a place falls."""

    def __init__(self, spans):
        self.spans = spans
        self.starts = [a for a, _, _ in spans]
        self.ends = [b for _, b, _ in spans]
        self.start_set = frozenset(self.starts)

    def covers(self, x: int) -> bool:
        """Some name a <= x < b."""
        i = bisect.bisect_right(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]

    def inside(self, x: int) -> bool:
        """Some name a < x < b."""
        i = bisect.bisect_left(self.starts, x) - 1
        return i >= 0 and x < self.ends[i]

    def starts_between(self, lo: int, hi: int) -> bool:
        """Some name starts at lo <= a < hi."""
        i = bisect.bisect_left(self.starts, lo)
        return i < len(self.starts) and self.starts[i] < hi


REQUEST_THAT, SUBJECT_OPENS = re.compile(r"\brequest\s+that\s+$"), re.compile(r"(?:(?:all\s+)?the\s+|all\s+)?")
# another's request beside the organ's own, then whom both ask: "Reiterates its request and that of the African Union
# Peace and Security Council for AMISOM to develop" (S/RES/2182 (2014) op 31: AMISOM), "Reiterates its call and that of
# the Special Envoy for Yemen for the Houthis to engage" (the author's name goes on past its alias: the Houthis only)
THAT_OF = re.compile(r"and\s+that\s+of\s+(?:the\s+)?(?=[A-Z])")
OF_NAME = re.compile(r"\s+(?:for|of|on|in)\s+(?:the\s+)?")  # "the Special Envoy for Yemen", "the Chair of the AU"
BOTH_ASK = re.compile(r"\s+(?:that\s+|to\s+(?=the\b|all\b|those\b|[A-Z])|(?=for\s+(?:the\b|all\b|those\b|[A-Z])))")


def _anothers_author(text: str, at: int, spans_in, stop: int) -> tuple[int, bool] | None:
    """Where whom both ask begins after "and that of <another>" at at (THAT_OF) and whether a "that" clause opens
    there; None where no author the vocabulary names opens it, or no "for", "to" or "that" naming whom follows it
    (BOTH_ASK; the window then opens at "and", as it did before the rule). The author ends at its first alias's end,
    or at the end of the alias of a name after "for"/"of" (OF_NAME: "the Special Envoy for Yemen"), the longer tried
    first; not at the first capital after "for" ("the Special Envoy for Yemen for the Houthis": Yemen is the Envoy's).
    Reads the aliases of 200 characters once, where THAT_OF matches."""
    m = THAT_OF.match(text, at)
    if m is None:
        return None
    spans = spans_in(m.end(), min(stop, m.end() + 200))[:2]
    if not spans or spans[0][0] != 0:
        return None
    ends = [spans[0][1]]
    if len(spans) > 1 and OF_NAME.fullmatch(text, m.end() + spans[0][1], m.end() + spans[1][0]):
        ends.insert(0, spans[1][1])
    for e in ends:
        both = BOTH_ASK.match(text, m.end() + e, stop)
        if both:
            return both.end(), both.group().lstrip().startswith("that")
    return None


def _window_start(text: str, start: int, spans_in, stop: int, noun: bool) -> tuple[int, bool]:
    """Where the addressees begin after a verb, and whether a "that" clause opens there."""
    lead = WINDOW_LEAD.match(text, start)
    # "that the Secretary-General close" (S/RES/1448 op 4) or an aside's comma (that_opening); not "that the report of
    # the Secretary-General be transmitted", "that contributions from Member States be made" (review53 D3): the organ's
    if lead and REQUEST_THAT.search(lead.group()) and not text.startswith(",", e := lead.end()):
        first = next(iter(spans_in(e, min(stop, e + 120))), None)
        lead = lead if first is not None and SUBJECT_OPENS.fullmatch(text, e, e + first[0]) else None
    s = lead.end() if lead else start
    that = bool(lead and lead.group().rstrip().endswith("that"))
    both = _anothers_author(text, s, spans_in, stop)
    if both is not None:  # "and that of the African Union Peace and Security Council for AMISOM to develop"
        s, that = both
    elif lead and that:  # "encourages that Division to": a demonstrative alias, no "that" clause
        at = lead.start() + len(lead.group().rstrip()) - 4
        first = next(iter(spans_in(at, min(stop, at + 80))), None)
        if first and first[0] == 0:
            s, that = at, False
    # "that, after a discussion with the Committee, the Panel of Experts submit", "that, if ..., then Member States"
    s, that, subject = that_opening.subject_start(text, s, that, spans_in, stop)
    if subject:
        return s, that
    to = NOUN_LEAD.match(text, s) if noun else None
    if to:  # "its invitation and encouragement to all States parties"
        first = next(iter(spans_in(to.end(), min(stop, to.end() + 80))), None)
        if first and NOUN_TO.fullmatch(text, to.end(), to.end() + first[0]):
            s = to.end()
    return s, that


# "Strongly reiterates the call of the Secretary-General for a global ceasefire", "Reaffirms the request of the
# Human Rights Council that", "the repeated requests and demands of the General Assembly", "the call by Member
# States to": another's call or request, its author named after "of" or "by" (not the organ's own: "its request
# of the Secretary-General to")
AUTHOR = re.compile(r"(?:of|by)\s+(?:the\s+)?")
OWN = re.compile(r"\b(?:its|their|our)\b", re.I)
# an author the vocabulary lacks, named by its capitalised name: "reiterates the request by the Committee on Fisheries
# of the Food and Agriculture Organization ..., that the Food and Agriculture Organization further strengthen" (A/RES/
# 75/89 op 181, 74/18 op 182; "the request of the Committee on Fisheries that", 79/145 op 206, 80/109 op 212), no
# mandate (heldout18 A/RES/76/71 op 181, heldout30 75/89 op 181: another body's request reiterated); or the text it
# was made in: "Reiterates the call made in the declarations entitled “Our ocean, our future: call for action”"
# (A/RES/78/128 op 3; heldout19 A/RES/76/72 op 200 "Reiterates, in this regard, the call made in the declaration":
# no mandate), "Recalls and reiterates the requests made in Economic and Social Council resolution 2019/15" (A/RES/
# 74/238 op 3 and its yearly twins: the Council's requests)
NAMED_AUTHOR = re.compile(r"(?:of|by)\s+the\s+[A-Z]|(?:made|contained)\s+in\s+(?:the\s+)?(?:[A-Z]|declarations?\b)")


def anothers_call(
    text: str, window: tuple[int, int], verb: str, spans_in, speaker: str | None = None, v: Vocabulary | None = None
) -> bool:
    """Whether the window (ws, we) after a directive noun (verb: its words as written) names the author of
    another's call, which asks no one in the organ's name (the golds: heldout6 A/HRC/RES/57/21 op 11, gold
    E/RES/2021/28 op 59): "of" or "by" and an actor open it (AUTHOR), or "of"/"by the" and a capitalised name the
    vocabulary may lack, or "made/contained in" and the text it was made in (NAMED_AUTHOR). The call is not another's
    where the verb's own words say whose it is ("its request", OWN: tested first, as its words come before any
    author), nor where the text it was made in is the speaker's (speaker: the actor of the organ whose text this is,
    v: the vocabulary naming it): "Reiterates the request made in General Assembly resolution 75/1 for the Secretary-General to submit a report"
    in an Assembly text is its own request, the Secretary-General asked and the report kept (review48 finding 5)."""
    ws, we = window
    if OWN.search(verb):
        return False
    named, author = NAMED_AUTHOR.match(text, ws, we), AUTHOR.match(text, ws, we)
    m = named or author
    if m is None:
        return False
    first = next(iter(spans_in(m.start(), min(we, m.end() + 120))), None)
    opens = first is not None and first[0] <= m.end() - m.start()
    # "made in General Assembly resolution" in the Assembly's text: its own (not "the repeated requests and demands of
    # the General Assembly" that a State failed to comply with, A/RES/74/168 op 1: still no one asked)
    made_in = named is not None and author is None
    if made_in and opens and first and v and speaker and speaker in v.actors_of_alias(first[2])[0]:
        return False
    return bool(named) or opens
