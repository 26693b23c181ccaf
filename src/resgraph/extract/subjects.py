"""The subject of a "that" clause after a directive verb: where it ends, so that the names after it (the verb's
object, those acted with) are no addressees ("that all States, in particular those in the region, cooperate with
the Group of Experts": States alone). A step of the addressee window (windows.py), split from it when it reached
the module size limit; it reads a window's text and its names, and raises nothing.
"""

from __future__ import annotations

import re
from typing import Protocol

from resgraph.extract.addressees import NOT_VERB
from resgraph.extract.list_members import ASIDE_OPEN
from resgraph.vocab import load
from resgraph.wordsearch import phrases


class Names(Protocol):
    """A window's aliases, asked where a place falls (windows._Names)."""

    starts: list[int]
    ends: list[int]

    def inside(self, x: int) -> bool: ...

    def starts_between(self, lo: int, hi: int) -> bool: ...


# "that he continue": the pronoun is the subject of the clause
SUBJECT_PRONOUN = re.compile(r"(?:he|she|it|they)\b")


NEXT_NAME = re.compile(r"\s*(?:(?:the|all|relevant|other)\s+)*")


# after "that", the subject ends where its verb begins: "Requests that the Secretary-General report"; a name that
# qualifies the noun after it goes on into it ("up to a total of 600 million United States dollars may be used",
# S/RES/1330 (2000) op 7: a currency, no State, so no subject ending at the State's name; the nouns are data:
# ontology/vocab/mandates.yaml `possessed`, as addressees.POSSESSOR reads them, not the verb before its object: "that
# the General Assembly mandate the Secretary-General")
# the connectors that name some of a subject ("all armed groups, including", "in particular"): SUBJECT_GOES_ON, PLACE_INCLUDING
SOME_OF = r"in\s+particular|particularly|including"
# (a name joined by a hyphen to a word that "of", "for" or "on" follows is a compound title that goes on: "that the
# Chair-Rapporteur of the Ad Hoc Committee may request", A/HRC/RES/57/25 op 10, is the Committee's officer, not the
# contextual "the Chair"; with its verb right after it, "that the Chair-Rapporteur may", the subject ends at the title)
SUBJECT_GOES_ON = re.compile(
    rf"(?:['’]s\b|(?<=s)['’]|\)?\s*(?:[,;]|\(|and\b|or\b|as\s+well\s+as\b|(?:{SOME_OF})\b|"
    rf"together\s+with\b|of\b|in\b|for\b|on\b|to\b|concerned\b|(?:{phrases(load().mandates['possessed'])})\b{NOT_VERB}|"
    r"[-\u2010\u2011]\w[\w\u2010\u2011-]*\s+(?:of|for|on)\b|[A-Z]|$))"
)


# the verb of a "that" clause's subject: "that the authority be transferred", "that the measures shall apply"
SUBJECT_VERB = re.compile(
    r"\s(?:shall|should|will|would|must|may|might|can|could|be|is|are|was|were|has|have|had|remain|remains|"
    r"continue|continues)\b"
)


# a subject's place phrase and the word after it: "all States in the region cease", "all parties to the
# conflict in Darfur fully co-operate with AMIS" (S/RES/1769 (2007) op 14: the place a name)
NOT_A_VERB = (
    r"(?!(?:and|or|but|nor|of|in|for|on|to|with|that|which|who|whose|as|at|by|from|under|within|through|across|"
    r"throughout|including|concerned|particularly|notably|especially|inter|such|all|other|their|its|the|an?)\b)"
)
PLACE_THEN = re.compile(
    r"\s+(?:in|of|from|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+\s+" + NOT_A_VERB + r"([a-z]+)\b"
)
# or a name after "to", the verb then going on ("the parties to the Ceasefire Agreement cooperate with the deployment
# of MONUC", S/RES/1304 (2000) op 8; not "all parties to the Syrian domestic conflict, ... comply")
PLACE_TO_THEN = re.compile(
    r"\s+to\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}?[A-Z][\w-]*\s+"
    + NOT_A_VERB
    + r"([a-z]+)\s+(?:with|the|all|their|its|to|in|on|by|[a-z]+ly)\b"
)


# a participle set off after the subject's name, the verb after it: "that the Secretary-General, informed by
# consultations with the Sudanese Transitional Sovereign Council and other parties to the conflict, as appropriate, as
# well as the African Union, develops a proposal" (heldout11 S/2024/826 op 5: the parties consulted are no subject)
# (the participles are data: ontology/vocab/mandates.yaml `participle_asides`)
PARTICIPLE_ASIDE = re.compile(rf",\s+(?:[a-z]+ly\s+)?(?:{phrases(load().mandates['participle_asides'])})\s+by\b")


# a subject's post-modifier of place, then the bodies named as some of the subject: "that all armed groups operating
# in the DRC, including the FDLR, the ADF, the LRA, cease" (heldout39 S/RES/2389 (2017) op 5), "the armed groups
# present in the eastern part of the Democratic Republic of the Congo, in particular the FDLR" (S/RES/1794 (2007) op 3
# says it "that are still present": the window ends at the "that" before this is read): the subject goes on to them
# (as after "all armed groups, including") when a name opens the text after the connector, and only after those of
# SUBJECT_GOES_ON's connectors ("including", "in particular", "particularly"), not "notably in North and South Kivu,
# where the Government and MONUSCO operate" (place_then_names); the place's names are no subject
# (addressees.actors_in reads them as places). The place is names and place words only, so that no verb and its object are read as one ("all armed groups
# operating in the region cease attacks against MONUSCO, including": MONUSCO is no subject), and a modifier followed by
# the verb ends the subject at its name as before ("all armed groups operating in the DRC cease"). (the words are data:
# ontology/vocab/mandates.yaml `place_modifiers`)
_PLACE = load().mandates["place_modifiers"]
PLACE_INCLUDING = re.compile(
    rf"\s+(?:{phrases(_PLACE['modifiers'])})\s+(?:in|within|on|across|throughout|along)"
    rf"(?:\s+(?:{phrases(_PLACE['place_words'])}|[A-Z][\w’'()-]*)){{1,12}}"
    rf",\s*(?:{SOME_OF})\s+()(?:the\s+)?"
)


def place_then_names(seg: str, b: int, end: int, names: Names) -> bool:
    """Whether a place modifier follows the subject's name at b, then one of SUBJECT_GOES_ON's connectors and a name
    (at most "the" before it): "all armed groups operating in the DRC, including the FDLR". Not a phrase of place
    after the connector ("all parties operating in Darfur, in particular in areas controlled by the Government of
    Sudan, allow": the Government is no subject), nor "those supported by ..."."""
    place = PLACE_INCLUDING.match(seg, b, end)
    return place is not None and not names.inside(b) and names.starts_between(place.start(1), place.end() + 1)


# a subject that receives, the verb a passive of giving or telling: "further requests that the Committee be informed
# of the results of that assessment" (heldout9 S/RES/2009 (2011) op 18), "demands that UNAMID be given a licence for its
# own radio transmitter" (S/RES/2003 (2011) op 12): a beneficiary, no one asked
# (the adverbs and the passives are data: ontology/vocab/mandates.yaml `receives`)
_RECEIVES = load().mandates["receives"]
RECEIVES = re.compile(
    r"\s+(?:(?:shall|should|will|may|must)\s+)?(?:also\s+|further\s+)?be\s+"
    rf"(?:(?:{phrases(_RECEIVES['adverbs'])})\s+)*(?:{phrases([*_RECEIVES['told'], *_RECEIVES['given']])})\b"
)

# the comma that closes an aside in a subject, its verb after it: "that all parties, in particular the Syrian
# authorities, promptly allow rapid ... access for United Nations humanitarian agencies" (S/RES/2139 (2014) op 6);
# not a list's next body ("including auxiliary units ..., armed movements and all other stakeholders ensure")
ASIDE_THEN_VERB = re.compile(
    r",\s+(?:[a-z]+ly\s+)?(?!(?:and|or|but|as|in|including|particularly|notably|especially|inter|the|all|its|their|his|"
    r"her|other|relevant|which|who|whose|with|within|through|by|for|to|of|on|at|from|under|consistent|such|both|each|"
    r"any|where|when|while|if|acting|a|an)\b)(?![a-z]*(?:[^e]ed|ing|al|ous|ive|ary|ic|ian)\b)[a-z]+(?=\s)"
)


def aside_names_none_then_verb(seg: str, b: int, end: int, names: Names) -> bool:
    """Whether an aside that names no actor follows a subject's name at b, its verb after it: "that all parties
    and all States, particularly those in the region, cooperate fully with the work of the Group of Experts"
    (S/RES/1857 (2008) op 14, 1896 op 13): the subject ends at b, whom the verb's object names is no subject."""
    aside = ASIDE_OPEN.match(seg, b)
    if aside is None:
        return False
    comma = seg.find(",", aside.end(), end)
    return comma > 0 and not names.starts_between(aside.end(), comma) and bool(ASIDE_THEN_VERB.match(seg, comma))


def bare_subject_end(seg: str, names: Names, end: int) -> int:
    """Where the subject of a bare verb ends ("demands the TGNU immediately cease obstructing"): in a
    window that opens with a name and has no infinitive after it (end: the window's end so far)."""
    if end < len(seg) or not names.starts or not NEXT_NAME.fullmatch(seg, 0, names.starts[0]):
        return end
    return subject_end(seg, names, end)


def subject_end(seg: str, names: Names, end: int) -> int:
    """In a "that" clause, where the subject ends: at its verb ("that the Secretary-General report"),
    after a pronoun ("that he continue")."""
    pronoun = SUBJECT_PRONOUN.match(seg)
    if pronoun:
        return pronoun.end()
    # "that the authority be transferred from AFISMA to MINUSMA": a verb before any name ends the
    # subject, and the names after it are no subject
    verb = SUBJECT_VERB.search(seg, 0, end)
    if verb and (not names.starts or verb.start() < names.starts[0]):
        return verb.start()
    for i, b in enumerate(names.ends):
        if place_then_names(seg, b, end, names):  # "armed groups operating in the DRC, including the FDLR"
            continue
        if b < end and (not SUBJECT_GOES_ON.match(seg, b) or PARTICIPLE_ASIDE.match(seg, b)) and not names.inside(b):
            return b
        if b < end and not names.inside(b) and aside_names_none_then_verb(seg, b, end, names):
            return b
        if (
            b < end
            and i
            and ASIDE_THEN_VERB.match(seg, b)
            and ASIDE_OPEN.search(seg, names.ends[i - 1], names.starts[i])
        ):
            return b
        # "that all States in the region cease military support for armed groups": the place's phrase ends
        # the subject when a verb follows it (a word that goes on no noun phrase)
        place = PLACE_THEN.match(seg, b, end) or PLACE_TO_THEN.match(seg, b, end)
        if place and not names.inside(b):
            return place.start(1)
    return end
