"""The bodies an addressee acts through, named after "through" with no comma before it, or after a participle
("Member States acting nationally or through regional organizations", VIA), and an example of such a body that is no
State (", including the EU", EXAMPLE): a means, no addressee.

"Requests the Government of Iraq through the head of the Committee of Financial Experts (COFE) to report" (S/RES/1905
(2009) op 5), "Invites the Secretary-General through his Special Representative ... to exchange" (S/RES/1882 op 4); so
the other bodies of the same list and their acronyms in brackets: "requests the Secretary-General through the United
Nations Office of West Africa (UNOWA) and the United Nations Office of Central Africa (UNOCA) to support" (S/RES/2039
(2012) op 4: the golds read such a channel as no addressee, heldout10 09 op 26, heldout12 10 op 5, heldout15 05 op 7).
(After a comma, MEANS reads the means up to the next comma: "ECOWAS, through the command of its force, and
France" asks France too.) Split from addressees.py, which calls `channel` and `means` for each alias of a window.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from resgraph.vocab import STATE, load
from resgraph.wordsearch import phrases

# the first body after "through", right after an addressee: a determiner and a few words before it, or a name
# of its own ("through ECCAS"), or its acronym in brackets after a name the vocabulary lacks ("through the United
# Nations Office of West Africa (UNOWA)")
THROUGH = re.compile(
    r"\s+through\s+(?:(?:his|her|its|their|the)\s+(?:[\w’'-]+\s+){0,3}?(?:of\s+(?:the\s+)?)?"
    r"|(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){1,8}\(\s*)?"
)
# or the frame an addressee acts within, right after it: "Urges States individually or within the framework of competent
# international organizations to positively consider investigating allegations of illegal fishing" (heldout37
# S/RES/2020 (2011) op 24, heldout31 S/RES/1976 (2011) op 8, S/RES/2077 (2012) op 28: States only, the organizations
# the frame of the States' action, as a body acted through); the few words before the frame's body hold no "and"/"or",
# which opens the next addressee ("Encourages the Government of Mali in the framework of the Agreement and MINUSMA to
# cooperate": MINUSMA asked), and a comma list after the frame's body goes on with addressees, not with the frame
# (NEXT_OF_FRAME: "Member States within the framework of the International Maritime Organization, regional organizations and
# the private sector": the last two asked)
FRAME = re.compile(
    r"\s+(?:[a-z]+ly\s+(?:or|and)\s+)?(?:within|in)\s+the\s+framework\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:and|or)\b)[\w’'-]+\s+){0,3}?"
)
# after such a body: its acronym in brackets ("(COFE)")
BRACKET = re.compile(r"\s*\(\s*")
# or the next body of the same list, with no comma-led aside ("... (UNOWA) and the United Nations Office of Central
# Africa (UNOCA)", "through ECCAS, ECOWAS and the GGC"; not after ", and", which closes an aside in the texts' style,
# where a list has no comma before its "and"); after a participle's channel too (VIA)
NEXT = re.compile(
    r"\s*\)?\s*(?:,|(?:and|or)\s+)\s*(?:the\s+)?"
    r"(?:(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){1,8}\(\s*)?"
)
# after a frame's body, the same list's next body only by "and"/"or" ("within the framework of the African Union and the
# United Nations"): a comma goes on with addressees (FRAME)
NEXT_OF_FRAME = re.compile(
    r"\s*\)?\s*(?:and|or)\s+(?:the\s+)?(?:(?:[A-Z][\w’'-]*\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?){1,8}\(\s*)?"
)
# or an example of such a body: "Member States acting nationally or through regional organizations, including the
# EU" (S/RES/2380 (2017) op 2, MemberStates only); not a State, which is no example of a body acted through but of
# the addressee ("Member States acting nationally or through regional organizations, in particular Libya and
# Tunisia, to inspect": Libya and Tunisia asked, as with no channel), STATES
EXAMPLE = re.compile(r"\s*,\s*(?:including|such\s+as|notably|in\s+particular)\s+(?:the\s+)?")
STATES = frozenset(
    ("States", "MemberStates", "StateGroups", "DevelopedCountries", "DevelopingCountries", "RegionalPartners")
)
# "all States contributing through the CGPCS to the fight against piracy" (S/RES/2316 (2016) op 32 and its
# yearly twins): the body a participle acts through is a means, as after a comma (MEANS), no addressee
# ("Member States acting nationally or through regional organisations", S/RES/2240 op 8, heldout S/RES/2292 op 3);
# so after a noun in -ing too ("donors providing funding through the Government", "Member States and donors including
# through ECOWAS"), and, as after an addressee, the next bodies of its list (NEXT: "the United Nations acting through
# the Secretary-General and UNAMI", the United Nations alone)
VIA = re.compile(r"\b[a-z]+ing\s+(?:[a-z]+ly\s+(?:or|and)\s+)?(?:through|via)\s+(?:the\s+)?$")


def channel(
    text: str,
    span: tuple[int, int],
    at: tuple[int, int],
    out: list[tuple[str, int, int]],
    through: set[int],
    kind: str = "",
) -> bool:
    """Whether the alias at span is a body an addressee acts through, right after it or after a participle
    ("acting through", VIA) (or, right after such a body, its acronym in brackets, an example of it (", including
    the EU"), or the next body of the same list). `at`: where the window's text before the alias starts (tail) and
    where the alias before it ends (last); `out`: the addressees read so far; `through`: where the bodies so read
    end, to which span's end is added if it is one, and a frame's bodies (FRAME) as minus their end too, so that only
    an "and"/"or" goes on with their list (NEXT_OF_FRAME); `kind`: the alias's id (an example is no State, STATES)."""
    (s, e), (tail, last) = span, at
    framed = -last in through  # the alias before is a frame's body, FRAME
    if out and out[-1][2] == last and FRAME.fullmatch(text, last, s):
        through.update((e, -e))
        return True
    if (
        (out and out[-1][2] == last and THROUGH.fullmatch(text, last, s))
        or (last in through and BRACKET.fullmatch(text, last, s))
        or (last in through and not _a_state(kind) and EXAMPLE.fullmatch(text, last, s))
        or (last in through and (NEXT_OF_FRAME if framed else NEXT).fullmatch(text, last, s))
        or VIA.search(text, tail, s)
    ):
        through.update((e, -e) if framed else (e,))
        return True
    return False


def _a_state(kind: str) -> bool:
    """Whether an alias's id names a State or States."""
    return kind.startswith(STATE) or kind in STATES


# after a comma, a means the addressee acts through, not another addressee: "the Secretary-General,
# through his Special Representative, and the High Commissioner", "all States, directly and through
# their action in the specialized agencies", "the Secretary-General, based on the reporting of the
# Special Representative, to report"; so who supports or leads them ("Member States, supported by the
# United Nations, to develop", A/RES/77/29 op 12; "engagement by the sides ..., facilitated by UNFICYP, to
# develop", S/RES/2587 op 6; "the President of the General Assembly, supported by the Secretariat and in
# collaboration with UN-Energy, to support", A/RES/78/157 op 38)
MEANS = re.compile(
    r"\s*(?:(?:and|or|directly|including|inter\s+alia|notably|also|particularly|in\s+particular)\s+)*"
    r"(?:through|via|based\s+on|by\s+means\s+of|on\s+the\s+basis\s+of|drawing\s+on|"
    rf"(?:{phrases(load().mandates['means_by'])})\s+by)\s",  # the participles are data: mandates.yaml `means_by`
    re.I,
)
# a means clause's list goes on past a comma: "encourages sustained training efforts, including through the contribution
# of trainers, resources and Operational Mentoring and Liaison Teams through the NATO Training Mission-Afghanistan"
# (S/RES/1917 (2010) op 24 and the Afghanistan renewals to 2274 (2016): the golds read no one, heldout32 18 op 25,
# heldout36 12 op 25): the comma before "resources" joins the means' list, the clause after it opens with a bare
# lower-case noun, no determiner, conjunction or preposition (", and the High Commissioner" after "through his Special
# Representative" opens another addressee)
LIST_ITEM = re.compile(
    r"\s*(?!(?:and|or|the|a|an|its|their|his|her|all|other|in|to|as|by|for|with|on|at|from|which|who|that|including|"
    r"notably|particularly|especially|also|where|when|if)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?:,|\s+(?:and|or)\s)"
)


def means(text: str, s: int, starts: Collection[int] = ()) -> bool:
    """Whether the alias at s stands in a clause, opened by a comma, naming a means the addressee
    acts through (MEANS): up to the next comma, what it names is not asked, or past a comma that joins
    the means' own list (LIST_ITEM; three at most, within 300 characters), unless an alias of the
    window (`starts`, where they begin) begins between that comma and s: an item naming an actor goes
    on with the addressees ("Member States, directly and through regional organizations, donors and the
    World Bank": the donors and the Bank asked)."""
    floor = max(0, s - 300)
    c = text.rfind(",", floor, s)
    for _ in range(4):
        if c < 0:
            return False
        if MEANS.match(text, c + 1, s):
            return True
        if not LIST_ITEM.match(text, c + 1, s) or any(c < a < s for a in starts if a >= floor):
            return False
        c = text.rfind(",", floor, c)
    return False
