"""What "to establish" sets up, and who or what an authorization is of: "Decides to establish a United Nations Integrated Transition Assistance
Mission in Sudan (UNITAMS)" -> UNITAMS; "a political mission in Colombia, the United Nations
Verification Mission in Colombia (the Verification Mission)" -> UNVMC, the body named in apposition
(S/RES/2366 (2017) op 1); "to establish an Investigative Team, headed by ..." -> "Investigative Team"
as written, for a body the vocabulary lacks; "authorise the Member States of the AU to maintain the
deployment of ... AMISOM personnel until" -> AMISOM, the force deployed; "Authorizes the Member
States acting through or in cooperation with the EU to establish ... a multinational stabilization
force (EUFOR ALTHEA)" -> MemberStates, those authorized, when the force has no id.

Split from terms.py, which finds the terms and what else they are of.
"""

from __future__ import annotations

import re

from resgraph.extract.term_ceiling import CEILING
from resgraph.extract.term_ceiling import of as ceiling_of
from resgraph.vocab import load
from resgraph.wordsearch import phrases

ACRONYM = re.compile(r"\(([A-Z][A-Z-]{2,}[A-Z])\)")
# the participle of a body set up for a first term: "a Regional Protection Force established for an initial period
# until 15 December 2016" (S/RES/2304 (2016) op 8), "the Counter-Terrorism Committee Executive Directorate (hereinafter
# “CTED”) to be established as a special political mission, under the policy guidance of the Plenary, for an initial
# period ending 31 December 2007" (S/RES/1535 (2004) op 2); not one set up before ("the Group was established")
PARTICIPLE_FOR = (
    r"(?<!\bnewly\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bhas\s)(?<!\bhave\s)(?<!\bbeen\s)\b(?:to\s+be\s+)?established"
    r"(?=(?:\s+as\s+[^,;]{1,60}?)?(?:\s*,[^,;]{1,100},)?\s+for\s+an\s+initial\s+period\b)"
)
# the establishing words other than "to establish" and "establishes", the body named after them: "Requests that the
# Secretary-General rapidly establish an international commission of inquiry" (S/RES/2127 (2013) op 24); "Authorizes
# the establishment of, as a follow-on mission to UNOA, the United Nations Mission in Angola" (S/RES/1433 op 1),
# "Endorses the establishment, for an initial period of 12 months ..., of a United Nations Assistance Mission in
# Afghanistan (UNAMA)" (S/RES/1401 (2002) op 1), "to authorise and mandate the establishment, for an initial period of
# 12 months, of an AU/UN Hybrid operation in Darfur (UNAMID)" (S/RES/1769 (2007) op 1)
OTHER_WORDS = (
    r"\bthat\s+the\s+Secretary-General\s+(?:\w+ly\s+)?(?:re-?)?establish(?=\s)|"
    r"\b(?:[Aa]uthori[sz]es|[Ee]ndorses|authori[sz]e\s+and\s+mandate)\s+the\s+establishment"
    r"(?:\s*,[^,;]{1,120},|\s+for\s+[^,;]{1,60}?(?=\s+of\b))?\s+of"
)
# a body set up as a part of another for a time, with no establishing word: "Decides that the multidimensional presence
# shall include, for a period of one year, a United Nations Mission in the Central African Republic and Chad (the acronym
# MINURCAT is to be used in all languages)" (S/RES/1778 (2007) op 2, heldout34 12: T establishes MINURCAT P1Y); the
# time right after the verb, between commas, and the body after it (terms.ACTIONS "establishes" reads the rest), not a
# body's composition with no time ("Decides that MINURCAT shall include a maximum of 300 police", its op 3); the body
# after the time is a mission, an office, a presence ... (terms.yaml `included_bodies`) named in a few words, not
# measures ("the measures shall include, for a period of twelve months, a travel ban and an assets freeze imposed on the
# individuals designated by the Committee": no body set up, none read from "Committee" further on)
# (or the time said first, between "shall," and the verb, with other conditions after it: "decides that MONUSCO shall,
# for an initial period of one year and within the authorized troop ceiling of 19,815, on an exceptional basis and
# without creating a precedent ..., include an “Intervention Brigade” consisting inter alia of three infantry
# battalions", S/RES/2098 (2013) op 9, the heldout41 gold: T establishes "Intervention Brigade" P1Y; the name may open
# with a quotation mark)
_INCLUDED = (
    r"(?:an?|the)\s+[“\"‘']?(?:(?!(?:of|on|in|by|to|for|with|and|or)\b)[\w-]+\s+){0,5}?"
    rf"(?i:{phrases(load().terms['included_bodies'])})\b"
)
INCLUDES_FOR = (
    r"\bshall\s+(?:include|comprise)(?=,\s+for\s+(?:a|an)\s+(?:initial\s+)?period\s+of\b[^,;]{1,60},\s+"
    + _INCLUDED
    + r")|(?<=\bshall,\s)for\s+(?:a|an)\s+(?:initial\s+)?period\s+of\b[^;]{1,300}?,\s+(?:include|comprise)(?=\s+"
    + _INCLUDED
    + r")"
)
# an authorization that sets up a force or a team, a term with no time as the golds read it: "authorizes a
# multinational force under unified command to take all necessary measures" (S/RES/1511 (2003) op 13, heldout6),
# "Decides to authorize an advance team of up to 30 unarmed military observers" (S/RES/2042 (2012) op 7, heldout8:
# AdvanceTeamSyria, now in the vocabulary); the nouns are data (ontology/vocab/terms.yaml `sets_up`)
SETS_UP = re.compile(
    r"\s+an?\s+(?:(?!(?:in|of|the|to|for|on|at|by|with)\b)[\w-]+\s+){0,3}?"
    rf"(?:{phrases(load().terms['sets_up'])})\b"
)


QUOTES = '“”"‘’'  # around a name written in quotation marks
# a body's acronym that qualifies the noun set up after it: "and further requests the Secretary-General to establish a
# MINUJUSTH advance planning team at the earliest possible date" (S/RES/2350 (2017) op 19, heldout43 18: a unit of the
# Secretariat's planning for the mission, no term; as "a pool of ad litem judges in the International Tribunal", a part
# of a body, is none, heldout41); the noun is a set_up_heads one after at most three lower-case words that are no
# preposition or conjunction (not "to establish UNOCA for an initial period", "UNAMA in order to")
ACRONYM_WORD = re.compile(r"[A-Z][A-Z-]+[A-Z]")
# only a United Nations mission or office has such units set up inside it; an organization's acronym qualifies a body
# it fields, read as before ("Decides to establish an ECOWAS stabilization force in Liberia", "to authorize the African
# Union to establish an AMISOM protection force": review Y3)
UN_MISSIONS = load().ids_of_kinds("peace-operation", "political-mission", "office")
PART_OF = re.compile(
    r"\s+(?:(?!(?:for|until|in|to|of|on|with|and|or|as|by|at|from|which|that)\b)[a-z][\w-]*\s+){0,3}?"
    rf"(?:{phrases(load().terms['set_up_heads'])})\b"
)


def established(text: str, e: int, z: int, found: list[tuple[str, int, int]]) -> tuple[str | None, str]:
    """What the "establish" ending at text[e] sets up in text[:z]: an actor (of `found`, the bodies
    named as (id, start, end)) or an acronym named right after, the body named in apposition, or
    the name as written; (None, "") when none follows, or when what follows is a unit set up inside a United Nations
    mission named by its acronym ("a MINUJUSTH advance planning team": no body given a term)."""
    # not an actor that only qualifies the name: "a Member State-led, open-ended ... committee" (A/RES/78/230 op 3), "an
    # AU/UN Hybrid operation in Darfur (UNAMID)" (S/RES/1769 (2007) op 1)
    near = [x for x in found if e <= x[1] <= e + 20 and text[x[2] : x[2] + 1] not in ("-", "/")]
    if (
        near
        and near[0][0] in UN_MISSIONS
        and PART_OF.match(text, near[0][2], z)
        and ACRONYM_WORD.fullmatch(text, near[0][1], near[0][2])
    ):
        return None, ""  # "a MINUJUSTH advance planning team": a unit inside the body, no body given a mandate
    if near:
        return near[0][0], text[near[0][1] : near[0][2]]
    acro = ACRONYM.search(text, e, z)
    if acro and acro.start() - e < 160:
        return acro.group(1), acro.group(0)
    obj = ESTABLISHED_NAME.match(text[e:z])
    if not obj:
        return None, ""
    if obj.group("such"):  # "requests the Secretary-General to establish such a mission": the one named before
        said = _said_before(text, e, obj.group("name"))
        if said:
            return said, said
    # "an open-ended intergovernmental working group with the mandate of ...": a body the vocabulary names by the
    # words its name ends with (ExpertGroup, heldout7 29 op 1), not "an ... expert group on the preparations for ..."
    at = e + obj.start("name")
    owner = ORGAN_OF.search(obj.group("name"))  # "... working group of the Human Rights Council": the group's words end
    end = at + (owner.start() if owner else len(obj.group("name")))
    head = head_at(text, at, end, found)
    if head:
        return head, obj.group("name")
    # "a political mission in Colombia, the United Nations Verification Mission in Colombia": the body named after
    app = APPOSITION.match(text, e + obj.end("name"), z)
    named = [x for x in found if x[1] == app.end()] if app else []
    if named:
        return named[0][0], text[named[0][1] : named[0][2]]
    # the name the text gives it to be known by: "a group of up to eight experts (“group of experts”)" (S/RES/1977
    # (2011) op 5 (a), heldout38 14: of "group of experts"); a name of two words or more only, a one-word "(“the
    # Group”)", "(“the Mission”)" telling less than the long wording (review56-C 5)
    short = DEFINED_AS.match(text, e + obj.end("name"), z)
    name = short.group("name").strip() if short else ""
    # (a name in quotation marks is the name inside them: "include an “Intervention Brigade” consisting of ...")
    written = obj.group("name").strip().strip(QUOTES).strip()
    return (name, obj.group("name")) if len(name.split()) > 1 else (written, obj.group("name"))


# the verb that asks for what is set up, and whom it asks: "Requests UNITAMS and its integrated UNCT partners to
# establish an appropriate mechanism" (S/RES/2524 (2020) op 7), "calls on all parties ... to cooperate to set up the
# Ituri Pacification Commission" (S/RES/1445 (2002) op 15): set up by others, no term of the organ's
ASKING = re.compile(  # a verb, not a noun ("when considering delisting requests, the Committee", S/RES/1904 op 20)
    r"(?:^|(?<=[,;]\s)|(?<=\band\s)|(?<=\bfurther\s)|(?<=\balso\s))(?:(?P<others>[Rr]equests|[Cc]alls\s+(?:up)?on|[Ee]ncourages|[Uu]rges|[Ii]nvites)|[Dd]ecides|[Aa]uthori[sz]es|"
    r"[Ee]ndorses|[Ee]stablishes)\b"
)


def endorsed(m: re.Match) -> bool:
    """Whether an establishment's words are "Endorses the establishment ... of", a directive of their own
    (S/RES/1401 (2002) op 1: UNAMA set up), which "Endorses the decision ... to extend" is not."""
    return m.group(0).startswith("Endorses the establishment")


def by_another(text: str, s: int) -> bool:
    """Whether the establishment whose words begin at text[s] is asked of someone other than the
    Secretary-General (the organ's own decisions and his are its terms): the last directive verb before
    it asks, and names someone else to act."""
    verbs = list(ASKING.finditer(text, 0, s))
    last = verbs[-1] if verbs else None
    if last is None or not last.group("others"):
        return False
    asked = text[last.end() : s]
    return bool(asked.strip()) and "Secretary-General" not in asked and not asked.lstrip().startswith(("to ", "that "))


# the body a participle after it sets up: "a Regional Protection Force established for an initial period"
PARTICIPLE = re.compile(r"(?:to\s+be\s+)?established\b")
NAMED_BEFORE = re.compile(r"\b(?:an?|the)\s+(?P<name>[A-Z][^,;()]{2,80}?)\s*(?:\([^()]{1,40}\)\s*)?$")


def named_before(text: str, a: int, s: int) -> tuple[str, str] | None:
    """(name, words) of the body named right before the participle at text[s] that sets it up, in the
    clause from text[a]; None when the term's words are no such participle or no name comes before."""
    if not PARTICIPLE.match(text, s):
        return None
    m = NAMED_BEFORE.search(text, a, s)
    return (m.group("name").strip(), m.group("name")) if m else None


OF_WORD = re.compile(r"\b(?:of|on|to|for|in|with)\b")


def head_at(text: str, at: int, end: int, found: list[tuple[str, int, int]]) -> str | None:
    """The id of the first body of `found` whose alias ends the name text[at:end] ("working group": ExpertGroup) after
    at least one word of the name's own and no "of", "on" or the like before it (OF_WORD); None for none."""
    return next((x[0] for x in found if x[2] == end and x[1] > at and not OF_WORD.search(text, at, x[1])), None)


# the organ a body is set up in, named last, says whose the body is, not what it is: "an open-ended intergovernmental
# working group of the Human Rights Council with the mandate of ..." (A/HRC/RES/56/5 op 1, heldout33 27: ExpertGroup, as
# heldout7 29 op 1 "an open-ended intergovernmental working group with the mandate of"); the organs' names are
# organs.yaml's, any organ's, not only the one speaking ("an open-ended intergovernmental working group of the General
# Assembly" set up by the Human Rights Council: ExpertGroup too). Only at the name's end: "an informal working group
# of the Security Council to examine general issues ..." (S/RES/2744 (2024) op 5, heldout9 03: as written) goes on
# past it
ORGAN_OF = re.compile(
    r"\s+of\s+the\s+(?:"
    + "|".join(
        sorted({re.escape(n).replace(r"\ ", r"\s+") for o in load().organs.values() for n in o.names if n[0].isupper()})
    )
    + r")\s*$"
)
# the name after "establish", up to its time or task; "for the <noun>" goes on ("preparations for the midterm review",
# "an independent international fact-finding mission for the Sudan"); a second task ends it ("a pool of ad litem judges
# in the International Tribunal for the Former Yugoslavia and to enlarge ...", S/RES/1329 (2000) op 1); a capitalised word's "for"
# before another capitalised word is inside a proper name, which goes on ("a pool of ad litem judges in the International
# Tribunal for Rwanda", S/RES/1431 (2002) op 1; "the Hybrid Court for South Sudan"), a purpose or a time does not ("for
# the purpose of", "for a period of")
# (a comma before a compound adjective goes on: "a Member State-led, open-ended ad hoc intergovernmental committee"; so
# does a thousands comma, one between a digit and three more: "a military component of up to 7,000 troops" was cut at
# "7", as "700 troops" is not); what
# the body consists of is no part of its name ("a team of experts consisting of two members", "a monitoring mechanism
# composed of up to five experts")
# (the words that end the name are looked for from the start of a run of spaces, or one space in past "up", where
# they were first found before, not from each space of the run: quadratic; tests/test_linear_terms.py)
ESTABLISHED_NAME = re.compile(
    r"\s*(?:(?P<such>such\s+)?an?|the)\s+(?P<name>(?:\b[A-Z][\w-]*\s+for\s+(?=[A-Z][^\W\d_])(?!(?:Member\s+)?States\b)|[^,;]|,\s+(?=[a-z]+-[a-z])|(?<=\d),(?=\d{3}\b))+?)"
    r"(?=(?:(?<!\bup)(?<!\s)|(?<=\bup\s))\s+(?:for(?!\s+the\s+(?!duration\b|period\b|purposes?\b|time\b)[a-zA-Z])|(?:and\s+)?to(?!\s+the\b)|under|with|in\s+order|as|which|"
    r"that|consisting|composed|comprising|comprised)\b|,(?!\s+[a-z]+-[a-z])(?!(?<=\d,)\d{3}\b)|[;:(]|$)"
)


APPOSITION = re.compile(r",\s+(?:the\s+)?(?=[A-Z])")
# a short name in quotes and brackets right after the name: "(“group of experts”)", "(“ the Group of Experts ”)"; not
# "(hereinafter “the Group”)", "(the “Group”)" nor single quotes "(‘the Group’)" (left: the long wording stays)
DEFINED_AS = re.compile(r"\s?\(\s?[“\"]\s*(?:the\s+)?(?P<name>[^”\"();]{3,80}?)\s*[”\"]\s?\)", re.I)


# "Authorizes the Secretary-General, in consultation with ..., to": the Secretary-General authorized, right after the verb
SECRETARY_GENERAL = re.compile(r"\s*(?:,[^,;]{1,80},\s*)?(?:the\s+)?(?P<sg>Secretary-General)\b(?!\s*[’']s)")


def authorized(
    text: str, s: int, e: int, z: int, found, ids: frozenset[str], body: str | None = None
) -> tuple[str | None, str]:
    """What the authorization at text[s:e] (its clause ending at z) is of: the Secretary-General authorized
    ("Decides to authorize the Secretary-General to redeploy ... from UNMIL to UNOCI, until 31 March 2006"),
    the force those authorized deploy (`deployed`, of `ids`), or who is authorized: an actor of `found`
    (bodies named, generic ones left out) named after "authorize", or before "is authorized"; (None, "")
    when none is named. "a mission in Somalia" that those authorized establish or maintain, not named, is the
    mission the document is about (`body`, AMISOM in S/RES/1772 (2007) op 9 and 1863 (2009) op 2), as is an
    authorization that names no one (S/RES/1942 (2010) op 2: UNOCI's additional capacities). The Member States
    of an organization authorized to deploy are the document's mission's, when it has one (MEMBERS_OF)."""
    if CEILING.match(text, s):  # "Decides to maintain the authorized troop ceiling of 3,250 until ...": the mission's
        return ceiling_of(text, s, z, found, body)
    sg = SECRETARY_GENERAL.match(text, e, z)
    if sg:
        return "SecretaryGeneral", sg.group("sg")
    force = deployed(text, e, z, found, ids)
    if force:
        return force
    unnamed = A_MISSION.search(text, e, z) if body else None
    if unnamed and body:
        return body, unnamed.group("words")
    after = [x for x in found if x[1] >= e]
    before = [x for x in found if x[2] <= s]
    pick = (
        after[0]
        if after and not re.search(r"\bis\s+authori", text[s - 4 : e], re.I)
        else (before[-1] if before else None)
    )
    if pick is None and after:
        pick = after[0]
    force = next((x for x in found if pick and x[0] in ids and STATES_OF.fullmatch(text, pick[1], x[1])), None)
    # "Authorizes the States members of the Interim Emergency Multinational Force ... until": the force's term
    if force:
        return force[0], text[force[1] : force[2]]
    if pick and body and MEMBERS_OF.search(text, max(0, pick[1] - 30), pick[2]):
        # "Authorises the Member States of the African Union to deploy up to 19,626 uniformed personnel ... until 31
        # December 2022" (S/RES/2628 (2022) op 26, 2710, 2767): their force, the document's mission (the golds: the
        # force deployed, "to maintain the deployment of AMISOM"); with none, those authorized as the vocabulary reads them
        return body, ""
    if pick is None and body and VERB.search(text, s, e):
        return (
            body,
            "",
        )  # "Authorizes the immediate deployment of those additional capacities for a period of up to six months"
    return (pick[0], text[pick[1] : pick[2]]) if pick else (None, "")


# the States of an organization authorized, not the organization: "the Member States of the African Union"
# (the vocabulary may read the whole as the organization: its name ends the span found)
MEMBERS_OF = re.compile(r"\bStates\s+(?:members\s+)?of\s+(?:the\s+)?[A-Z][^;,()]*$")


# the States of a body a term can be of, authorized: the body's term ("Authorizes the States members of the Interim
# Emergency Multinational Force, ..., to provide assistance to the MONUC contingent ..., during the period of the
# Force's disengagement which should last until 15 September 2003 at the latest", S/RES/1501 (2003) op 2, the heldout45
# gold: of the force, as "remaining elements of the MIF" are the MIF's, heldout17 08 op 2); not the States of an
# organization (MEMBERS_OF), nor "Member States participating in ECOWAS forces" (no body of the vocabulary: as written)
STATES_OF = re.compile(r"(?:Member\s+)?States\s+members\s+of\s+(?:the\s+)?")


# the verb itself, not the participle of "the authorized troop ceiling"
VERB = re.compile(r"\bauthori[sz]es?$", re.I)


# "authorise the Member States of the AU to maintain the deployment of 19,626 uniformed AMISOM personnel",
# "Authorises the Member States of the African Union to deploy up to 12,626 uniformed personnel ... to ATMIS"
# "to maintain AMISOM until 31 January 2011", "to maintain the deployment until 31 October 2012 of AMISOM"
# (or the force a mission becomes: "Authorizes Member States to transition the MSS mission, as authorized in resolution
# 2699 (2023), and renewed in resolution 2751 (2024), to the Gang Suppression Force (GSF), ..., for an initial period of
# twelve months", S/RES/2793 (2025) op 1: GSF) or the force deployed as the verb's object ("Authorizes Member States
# that have notified the Secretary-General ... to form and deploy a Multinational Security Support (MSS) mission ...,
# for an initial period of twelve months", S/RES/2699 (2023) op 1, heldout19 04: of=MSS)
# (where the deployment goes: a name after "to", within the clause)
_TO_A_MISSION = r"[^;]{0,160}?(?<!\bup)\s+to\s+(?:the\s+)?(?=[A-Z])"
DEPLOYED = re.compile(
    r"\b(?:maintain\s+(?:the\s+deployment(?:\s+(?:until|till)\s+[^,;]{1,40}?)?\s+of\s+)?"
    r"|(?:continue\s+to\s+)?(?:deploy|transition)\b" + _TO_A_MISSION + r"|deploy\s+(?:an?|the)\s+(?=[A-Z]))"
)
# a deployment, redeployment or transfer that is the authorization's own object (right after "authorize(s)", one
# parenthetical allowed) is of the mission it goes to ("Decides to authorize the transfer ... of three armed helicopters
# with crews from UNMIL to UNOCI for a period of four weeks", S/RES/1967 (2011) op 4, heldout50 14: of=UNOCI); not such a
# noun further on ("Authorizes UNMIL to carry out the temporary redeployment of ... to UNOCI": UNMIL is authorized), nor
# "the transfer of authority to MINUSCA" (no deployment: AMIS->UNAMID, AFISMA->MINUSMA, MISCA->MINUSCA)
NOUN_DEPLOYED = re.compile(
    r"\s*(?:,[^,;]{1,200},\s*)?(?:the|a)\s+(?:temporary\s+)?(?:(?:re)?deployment|transfer)\b(?!\s+of\s+authority)"
    + _TO_A_MISSION
)

# "to establish for a period of six months a mission in Somalia", "to maintain a mission in Somalia"
A_MISSION = re.compile(r"\b(?:establish|maintain)\s+(?:for\s+[^,;]{1,60}?\s+)?(?P<words>a\s+mission\s+in)\b")


def deployed(text: str, e: int, z: int, found, ids: frozenset[str]) -> tuple[str, str] | None:
    """The force or mission (of `found`, one of `ids`: a body a term can be of) that those authorized
    are to deploy or keep deployed: the authorization is its term, as a mission's is; None when the
    text names none."""
    d = NOUN_DEPLOYED.match(text, e, z) or DEPLOYED.search(text, e, z)
    force = next((x for x in found if d and d.end() <= x[1] <= d.end() + 40 and x[0] in ids), None)
    return (force[0], text[force[1] : force[2]]) if force else None


# "the respective mandates of the United Nations Operation in Côte d’Ivoire (UNOCI) and of the French forces which
# support it shall be extended until 15 December 2006" (S/RES/1652 (2006) op 1): each body's mandate is a term
# (and one mandate of two: "the mandate of UNOCI and of the French forces which support it shall be extended until 16
# July 2007", S/RES/1594, 1600, 1603, 1609, 1726, 1763: a second "of" names the second body)
# one authorization of two forces, "Decides to renew until 4 April 2004 the authorization given to the French forces and
# ECOWAS forces through its resolution 1527 (2004)" (S/RES/1528 (2004) op 15, heldout26 09: two terms, as the mandates
# of two; not "the authorization given to Member States participating in ECOWAS forces together with French Forces
# supporting them", S/RES/1498 (2003) op 1, heldout21 07: one term, of those authorized)
MANDATES_OF = re.compile(
    r"\b(?:mandates\s+of\b(?P<list>[^;]{0,240}?)|mandate\s+of\b(?P<one>[^;]{0,160}?\band\s+of\s+[^;]{0,80}?))"
    r"(?=,?\s+(?:shall|until|for|which|as|determined)\b|;|$)|"
    r"\bauthori[sz]ation\s+(?:it\s+)?(?:given|provided|granted)\s+to\s+"
    r"(?P<pair>(?:the\s+)?[A-Z][\w-]*\s+[Ff]orces\s+and\s+(?:the\s+|of\s+the\s+)?[A-Z][\w-]*\s+[Ff]orces)\b"
)


def also(text: str, a: int, z: int, of: str, found) -> list[tuple[str, str]]:
    """(of, words) of the bodies other than `of` whose "mandates of X and of Y" (or "the authorization given to
    the X forces and Y forces") text[a:z] names: those of
    `found` (the bodies named, as (id, start, end)) in that list."""
    m = MANDATES_OF.search(text, a, z)
    if not m:
        return []
    group = next(g for g in ("list", "one", "pair") if m.group(g) is not None)
    named = [x for x in found if m.start(group) <= x[1] < m.end(group)]
    return [(x[0], text[x[1] : x[2]]) for x in named if x[0] != of]


def _said_before(text: str, e: int, noun: str) -> str | None:
    """The name, as written before text[e], of the body "such a <noun>" refers to ("Takes note of the request
    of the Government of Burundi for a United Nations electoral observer mission before, during and after the 2015
    elections ... and requests the Secretary-General to establish such a mission", S/RES/2137 (2014) op 6); None
    when none is named so."""
    last = None
    for m in re.finditer(r"\b(?:an?|the)\s+((?:[\w’'-]+\s+){0,6}?" + re.escape(noun.strip()) + r")\b", text[:e]):
        last = m
    return last.group(1) if last and last.group(1).strip() != noun.strip() else None
