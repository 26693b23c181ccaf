"""What opens a "that" clause before its subject, for the addressee window (windows.py): a stray comma ("requests that,
the Secretary-General provide"), an aside or a time set off by commas ("Decides that, for an initial period of one
year ..., all Member States shall take"), a condition and its "then" ("Decides that, if a Member State determines ...,
then Member States shall expel"), a condition on paragraphs applying ("Decides that where paragraphs 25 or 26 apply the
supplying State ... shall"), an inverted condition, a time clause with its "that" said again, a purpose ("Decides that
in order to ensure ..., the Committee ... will"). The subject after them (or a thing whose passive names its agent:
"..., a resumed or special session of the Assembly shall be convened by the Secretary-General") is who the clause asks,
not the deciding organ nor the actors of the aside. Split from windows.py at the module size limit; it reads a clause's
text and its names (spans_in), and raises nothing.
"""

from __future__ import annotations

import re

from resgraph.vocab import load
from resgraph.wordsearch import phrases

_WORDING = load().mandates  # the word lists below (ontology/vocab/mandates.yaml)

THAT_COMMA = re.compile(r"that\s*,")
# a stray comma after "that", the subject's name right after it ("requests that, the Secretary-General provide a
# written update", heldout11 S/2024/826 op 5; not "decides that, for Member States that have fulfilled ...")
STRAY = re.compile(r"\s*(?:the\s+)?")
# an officer opening the subject after the comma: "the chair of the Committee" (not "including members of the Panel")
OFFICER_FIRST = re.compile(rf"\s*(?:the\s+)?(?:{phrases(_WORDING['officers_first'])})\s+of\s+(?:the\s+)?")
# a time clause opening a "that" clause, the "that" said again after it
# (ending on a name: "when a Member State has information to suspect that the DPRK is attempting" goes on)
THAT_AGAIN = re.compile(
    r"(?:after|once|when|before|until|as\s+soon\s+as)\s+[^;,]{1,200}?\b[A-Z][\w’'-]*\)?\s+that\s+(?=the\s|[A-Z])"
)


LIST_COMMA = re.compile(r",(?!\d)\s*(?:and\s+)?")  # (not in a number: "3,073,830,500 United States dollars")
# a prepositional aside opening a "that" clause with no comma after "that", its subject after the aside's comma:
# "Decides that at its sixty-ninth session, in 2025, the Commission on the Status of Women will undertake a review"
# (heldout19 E/RES/2022/5 op 1), as after "that," ("Decides that, for an initial period of one year ..., all Member
# States shall take")
FRONTED = re.compile(r"(?:at|in|during|for|by|upon|on|after|before|from|until|within|prior\s+to|following)\s")
# the "then" of a condition before a "that" clause's subject: "Decides that, if a Member State determines that an
# individual ... is working on behalf of ... a designated individual or entity ..., then Member States shall expel the
# individual" (heldout24 S/RES/2270 (2016) op 14, 2321 (2016) op 33, 2094 (2013) op 10: the States, not the Council)
# (or "that" said again after the aside: "Decides that, in furtherance of paragraph 9 of resolution 2178 and the standard
# established by ICAO that its Member States establish ... systems as of October 23, 2017, that Member States shall
# require airlines ... to provide API", heldout38 S/RES/2396 (2017) op 11: the States)
THEN = re.compile(r"(?:then|that)\s+")
# (a condition longer than the 400 characters an aside's commas are read in: "Decides that, if a Member State has
# information regarding the number, name, and registry of vessels ... designated by the Security Council or by the
# Committee as subject to the asset freeze imposed by paragraph 8 (d) of resolution 1718 (2006), the various measures
# ..., or relevant measures in this resolution, then the Member State shall notify the Committee", heldout39 S/RES/2397
# (2017) op 15: the subject after its first "then"), read only where no subject follows one of the aside's commas: "if
# requested by the Committee, the Secretary-General shall provide a report ..., then the Committee shall decide" (the
# Secretary-General, the "then" a clause of its own after the subject's)
IF_THEN = re.compile(r"\s*if\s[^;:]{1,1200}?,\s*then\s+")
# a condition on paragraphs applying, no comma after it, opening a "that" clause: "Decides that where paragraphs 25 or
# 26 apply the supplying State or international, regional or sub-regional organisation shall ... submit to the
# Committee a post-delivery notification" (heldout24 S/RES/2607 (2021) op 33; "where paragraphs 10 or 11 apply, that
# the FGS shall", S/RES/2498 (2019) op 16): the subject after it acts, not the Council
APPLIES = re.compile(
    r"(?:where|if|when|whenever)\s+(?:the\s+)?(?:provisions\s+of\s+)?paragraphs?\s+\d+(?:\s*\([a-z]\))?"
    r"(?:\s*(?:,|or|and|and/or)\s*\d+(?:\s*\([a-z]\))?)*(?:\s+(?:above|of\s+this\s+resolution))?"
    r"\s+appl(?:y|ies)\s*,?\s*(?:that\s+)?"
)
# an inverted condition opening a "that" clause, its subject after the comma: "Resolves that should the
# provision in paragraph 1 above prove inadequate ..., the Secretary-General is authorized" (A/RES/76/249 op 6)
INVERTED = re.compile(r"should\s[^,;:]{1,300},\s*", re.I)
# a purpose clause opening a "that" clause: "Decides that in order to ensure careful consideration of requests ..., the
# Committee, through the Secretariat, will immediately acknowledge receipt" (S/RES/2610 (2021) op 85, 2734 (2024) op 88),
# "requests that in order to support this effort MINUSTAH make" (S/RES/1608 (2005) op 10), "Decides that in order for
# the International Tribunal to complete existing trials ..., the total number of ad litem Judges ... may ... exceed"
# (S/RES/1955 (2010) op 3, 1901 (2009) op 2: no actor acts, the Council decides, as heldout14 S/RES/1915 (2010) op 1 says
# it without the purpose): whom the purpose names ("for the International Tribunal") is not the clause's subject
PURPOSE = re.compile(r"\s*in\s+order\s+(?:for\s+[^,;:]{1,150}?\s+)?to\s+")
# a "without prejudice to" aside opening a "that" clause with no comma after "that": "Decides that without prejudice to
# the obligations imposed on Member States to freeze the funds ... of individuals, groups, undertakings, and entities
# designated by this Council or its Sanctions Committees, the provision, processing or payment of funds ... are
# permitted" (heldout35 S/RES/2664 (2022) op 1: the Council's, the States named in the aside are not asked), and the
# other concessive asides: "Decides that notwithstanding Article 12 ter of the Statute of the International Criminal
# Tribunal for Rwanda, ..., she be authorized" (S/RES/1705 (2006): no actor after the aside, the window is left empty;
# judged.PRONOUN then reads the judge the aside names as her Tribunal), and the conditional "subject to ..." (no
# concession, the same shape); "notwithstanding that <clause>" holds a subject and verb of its own: its verb ("will")
# ends the search for a name ("Judge X's elected term will ... begin ..., she be assigned", S/RES/1629 (2005))
PREJUDICE = re.compile(r"(?:without\s+prejudice\s+to|notwithstanding|subject\s+to)\s")
# a decision whose subject is a thing and whose verb is a passive with its agent: "Decides that a request made in
# accordance with paragraph 16 shall be submitted to the Committee jointly by the Kimberley Process and the importing
# Member State" (heldout16 S/RES/1893 (2009) op 17), "further decides that command and control structures and
# backstopping will be provided by the United Nations" (heldout17 S/RES/1769 (2007) op 7), "a resumed or special session
# of the Assembly shall be convened by the Secretary-General" (heldout7 A/RES/75/255 op 3), "the global review and appraisal
# will be held by the Commission for Social Development" (heldout24 E/RES/2025/8 op 3), "the outcome of the discussion on
# the review theme will be in the form of a summary by the Chair of the Commission" (heldout23 E/RES/2022/4 ops 15, 18:
# who makes the outcome, the Commission): the agent is who shall act
# (not a negative, "shall not be used by DPRK individuals", what is forbidden; not an adjective, "shall be open to
# participation by all States"; a modal first, then "be", an adverb at most, the participle, a manner adverb, a
# destination of at most six words and no participle, then "by": not "shall only be made to receiving sites as
# designated by the Government", S/RES/1596 (2005) op 4, where the Government designates the sites only)
# the modals of a decision's passive verb, and of the first verb AND_PASSIVE_BY coordinates it after
MODALS = r"(?:shall|should|will|may|must|would)"
PASSIVE_BY = re.compile(
    rf"(?:\s*,)?\s+{MODALS}\s+"
    r"(?:(?:also|only|further|then|hereafter|henceforth)\s+)?"
    r"(?:continue\s+to\s+)?be\s+(?:(?:[a-z]+ly\s+)?(?!open\b)[a-z]+(?:ed|en|wn|ne|de|ld)|in\s+the\s+form\s+of\s+an?\s+[a-z]+)"
    r"(?:\s+(?:jointly|solely|only|exclusively|directly|[a-z]+ly))?"
    r"(?:\s+(?:to|with|through)(?:\s+(?!(?:as|which|that|who)\b)[\w’'-]+(?<!ed)){1,6}?)?"
    r"\s+(?:jointly\s+|solely\s+|only\s+)?by\s+(?=\S)"
)
# a thing for the subject after an aside's comma, its passive and agent following with no comma between: "Decides that,
# for the year 2025, if a decision of the Security Council results in the need ..., that matter shall be brought to the
# General Assembly, or, if the Assembly is suspended or not in session, a resumed or special session of the Assembly
# shall be convened by the Secretary-General" (A/RES/79/260 op 3 and its yearly twins, 74/265 to 80/245: heldout7 24
# and heldout40 24 op 3 read the Secretary-General); mandate_clause.passive_agents then reads the agent after the subject
PASSIVE_SUBJECT = re.compile(r"(?:an?|the|any|such|each|every)\s[^,;:()]{1,150}?" + PASSIVE_BY.pattern)
# a condition opening the stretch after an aside's comma: its subject is the condition's ("or, if the Assembly is
# suspended or not in session, a resumed or special session ... shall be convened": not the Assembly)
CONDITION = re.compile(r"(?:if|unless|when|whenever|where|once|should|whether)\s")
# a list going on after a name: ", the African Union", " and the European Union"
LIST_NEXT = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or)\s+")
FIRST_VERB = re.compile(r"\b(?:shall|should|will|must|may|is|are|be)\b")


# a "that" clause's subject after the aside that opens it, modifiers before its name and its modal verb after it:
# "Decides that, prior to delivering any weapons ... to FMS, ..., the supplying Member State of the items shall notify
# the GFRS" (heldout13 S/RES/2806 (2025) op 44, heldout5 S/RES/2713 (2023) op 19 a.)
SUBJECT_MODIFIERS = re.compile(r"\s*(?:the|all|any|each|every|a)\s+(?:[a-z][\w-]*\s+){0,2}")
MODAL_NEXT = re.compile(r"[^,;:()]{0,40}?\s(?:shall|should|will|must|may)\s+(?!be\s)[a-z]")


def _modified_subject(text: str, at: int, first: tuple[int, int, str], stop: int) -> bool:
    """Whether the name first (offsets from at) opens, after modifiers, the subject of a "that" clause whose modal verb
    follows it: "..., the supplying Member State of the items shall notify" (not a passive: "shall be informed")."""
    return (
        SUBJECT_MODIFIERS.fullmatch(text, at, at + first[0]) is not None
        and MODAL_NEXT.match(text, at + first[1], stop) is not None
    )


def _after_aside(text: str, at: int, spans_in, stop: int, modal: bool = False, named: bool = False) -> int | None:
    """Where the subject of a "that" clause begins after the aside opening it at `at` (None: no subject named
    after one of its commas). With `modal` (an aside with no comma after "that"), the subject is one name and its
    modal verb follows it ("..., in 2025, the Commission on the Status of Women will undertake"), and the aside
    holds no name ("Decides that in the first phase of its transition UNTMIS will complete the transfer, to the FGS,
    the UNCT and other stakeholders", S/RES/2753 (2024) op 7: UNTMIS, not whom the tasks go to). A stretch opened by a
    condition ("or, if the Assembly is suspended") names the condition's subject, not the clause's; a thing after the
    comma closing it, or after a comma with no verb before it, whose passive names its agent ("..., a resumed or
    special session of the Assembly shall be convened by the Secretary-General", PASSIVE_SUBJECT) is the subject, its
    agent read by mandate_clause.passive_agents."""
    verb, skipped, prev = False, False, at  # a verb before the comma; a condition's stretch closed by it
    for i, c in enumerate(LIST_COMMA.finditer(text, at, min(stop, at + 400))):
        first = next(iter(spans_in(c.end(), min(stop, c.end() + 120))), None)
        verb, prev = verb or FIRST_VERB.search(text, prev, c.start()) is not None, c.end()
        if modal:
            if i == 0 and not named and _subject_in(text, at, c.start(), spans_in, stop):
                return None
            if first and first[0] <= 4 and MODAL_NEXT.match(text, c.end() + first[1], stop):
                return c.end()
            continue
        # "the " at most before the subject's alias, or its officer after the comma closing the aside: "requests
        # that, after a Committee discussion of this report, the chair of the Committee to brief the Security
        # Council" (heldout10 S/RES/2170 (2014) op 22; not "may vote in the election of, the President of the
        # International Tribunal", S/RES/1995 (2011) op 1)
        officer = i == 0 and OFFICER_FIRST.fullmatch(text, c.end(), c.end() + first[0]) if first else None
        then = THEN.match(text, c.end())  # "that, if a Member State determines ..., then Member States shall expel"
        lead = 4 + (then.end() - c.end() if then else 0)
        if CONDITION.match(text, c.end()):
            skipped = True
            continue
        if first and (first[0] <= lead or officer or _modified_subject(text, c.end(), first, stop)):
            return c.end()
        # a thing and its passive's agent: after the aside's comma with no verb before it, or after a condition's
        # stretch; not a clause coordinated after the subject's own verb ("the mandate ... shall be extended until 31
        # December 2026, and the report shall be submitted by the Secretary-General": the Council decides)
        if (skipped or not verb) and PASSIVE_SUBJECT.match(text, c.end(), stop):
            return c.end()
        skipped = False
    return None


def _subject_in(text: str, a: int, z: int, spans_in, stop: int) -> bool:
    """Whether a name in text[a:z], an aside's first stretch, is followed by its modal verb, the subject of the clause
    itself: "in the first phase of its transition UNTMIS will complete the transfer, to the FGS" (S/RES/2753 (2024) op
    7); not a name inside the aside's phrase ("for sales of ... all commodities and products from the DPRK whose
    transfer, supply, or sale ..., all States may only allow", heldout39 S/RES/2397 (2017) op 6: all States)."""
    return any(MODAL_NEXT.match(text, a + y, stop) for _, y, _ in spans_in(a, z))


def _after_prejudice(text: str, s: int, spans_in, stop: int) -> int:
    """Where the subject of a "that" clause opened at s by a PREJUDICE aside begins (stop: none named): a name and its
    modal after one of the aside's commas, else a name after a comma before the clause's first verb past the aside's
    first comma ("without prejudice to the decisions which will be taken by the General Assembly, the Secretary-General
    submit": not the aside's own "will"), where that comma neither is ", and" nor opens a list of names (the aside's
    own: "without prejudice to the obligations of Member States, the African Union, and the United Nations, the
    provision ... is permitted", "subject to paragraph 4, the Secretary-General, the African Union and the European
    Union, the provision ...": the Council's)."""
    subject = _after_aside(text, s, spans_in, stop, True, True)
    if subject is not None:
        return subject
    first = LIST_COMMA.search(text, s, stop)
    verb = FIRST_VERB.search(text, first.end(), stop) if first else None
    end = verb.start() if verb else stop
    for c in LIST_COMMA.finditer(text, s, min(end, s + 400)):
        if "and" in c.group() or _after_aside(text, c.start(), spans_in, end) != c.end():
            continue
        name = next(iter(spans_in(c.end(), min(end, c.end() + 120))))
        more = LIST_NEXT.match(text, c.end() + name[1], end)
        after = next(iter(spans_in(more.end(), min(end, more.end() + 120))), None) if more else None
        if not (after and after[0] <= 4):
            return c.end()
    return stop


def subject_start(text: str, s: int, that: bool, spans_in, stop: int) -> tuple[int, bool, bool]:
    """(where the addressees begin, whether a "that" clause opens there, whether that start is its subject's, read past
    a comma and what it sets off) for a window that would begin at s, "that" read before it when that."""
    tc = None if that else THAT_COMMA.match(text, s)
    stray = next(iter(spans_in(tc.end(), min(stop, tc.end() + 60))), None) if tc else None
    if tc and stray and STRAY.fullmatch(text, tc.end(), tc.end() + stray[0]):  # "that, the Secretary-General provide"
        return tc.end(), True, True
    purpose = PURPOSE.match(text, tc.end() if tc else s, stop) if that or tc else None
    if purpose:  # "that in order to ensure ..., the Committee ... will", "that in order to support this MINUSTAH make"
        subject = _after_aside(text, purpose.start(), spans_in, stop)
        if subject is not None:
            return subject, True, True
        comma = LIST_COMMA.search(text, purpose.end(), stop)
        return (comma.end() if comma else purpose.end()), True, False
    if that and not tc and PREJUDICE.match(text, s):  # its subject a name and its modal after the aside, else
        # the name after one of its commas before the clause's first verb, as after "that," ("..., MINUSCA is
        # authorized", "..., the Secretary-General submit"; not "..., the measures ... shall not apply to the payment of
        # funds ..., by the United Nations", S/RES/2551 (2020) op 22), else none: the Council decides
        return _after_prejudice(text, s, spans_in, stop), True, True
    fronted = that and not tc and FRONTED.match(text, s)
    aside = tc.end() if tc else s if fronted else None
    subject = _after_aside(text, aside, spans_in, stop, bool(fronted)) if aside is not None else None
    if subject is not None:  # "that, after a discussion with the Committee, the Panel of Experts submit"
        return subject, True, True
    if_then = IF_THEN.match(text, tc.end(), stop) if tc else None  # a condition too long for the aside's commas
    named = next(iter(spans_in(if_then.end(), min(stop, if_then.end() + 60))), None) if if_then else None
    if if_then and named and STRAY.fullmatch(text, if_then.end(), if_then.end() + named[0]):
        return if_then.end(), True, True
    applies = APPLIES.match(text, s, stop) if that else None
    if applies:  # "that where paragraphs 25 or 26 apply the supplying State ... shall"
        s = applies.end()
    inverted = INVERTED.match(text, s, stop) if that else None
    if inverted:
        s = inverted.end()
    again = THAT_AGAIN.match(text, s, stop) if that else None
    if again:  # "that after the Security Council has authorised the Mechanism that the Secretary-General undertake"
        s = again.end()
    return s, that, False
