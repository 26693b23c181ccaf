"""The end of a list of addressees: which comma after a body closes the list, and which ones a phrase set off by
commas spans, the list going on past it ("ECOWAS, through the command of its force, and France"; "all States, relevant
United Nations bodies, and, as appropriate, other organizations"; "funds and programmes, within their respective
mandates, international human rights mechanisms"). A step of the addressee window (windows.py), split from it at the
module size limit; it reads a window's text, its clause ends and its names, and raises nothing.
"""

from __future__ import annotations

import re

from resgraph.extract import asides
from resgraph.extract.subjects import NEXT_NAME, Names

# after a comma, what begins a clause of its own rather than the next body of a list: "Requests
# the Secretary-General, in consultation with Member States, to", "Urges States, where appropriate,"
LIST_STOP = re.compile(
    r"\s*(?:(?:and|or)\s+)?(?:in(?!\s+particular)|(?:including\s+)?with|within|through|as(?!\s+well\s+as|\s+appropriate\s+the\s+[A-Z])|at|by|for|under|"
    r"where|when|whenever|wherever|while|if|inter\s+alia|pursuant|consistent|subject|without|after|before|following|"
    # (not "and also" before the list's last body: "international organizations concerned, and also donors, to provide",
    # heldout29 A/HRC/RES/54/31 op 37)
    r"during|from|via|according|acting|taking|bearing|building|drawing|together|jointly|each|(?<!and\s)also|further|"
    r"again|once|"
    r"respectively|notwithstanding|given|since|until|unless|whether|whose|(?:either\s+)?(?:individually|collectively)|"
    r"(?<!and\s)(?:on|upon))\b"
    # ", and commends the renewed cooperation between all stakeholders", ", reiterates its support for":
    # a verb of the organ's own, an adverb before it or not (", fully supports the Special Envoy of the
    # Secretary-General", S/RES/2666 (2022) op 18, heldout40 04: the Envoy is no agent of the ownership encouraged)
    r"|\s*(?:and\s+)?(?:also\s+|further\s+)?(?:[a-z]+ly\s+)?[a-z]+s\s+"
    r"(?:the|its|their|his|her)\b"
    # "Requests the Secretary-General, seeking perspectives from all relevant parties, to": a participle's clause
    r"|\s*(?!including\b)[a-z]+ing\s+(?:[a-z]+\s+)?(?:the|all|its|their|his|her|from|with|on|upon|in|into|for|to|through)\s",
    re.I,
)

# a phrase set off by commas that qualifies the bodies of a list and names none
QUALIFIER = re.compile(r"\s*(?:within|where|as\s+appropriate|as\s+applicable|as\s+relevant|as\s+necessary)\b", re.I)
INCLUDING_NEXT = re.compile(r"\s*(?:including\s+)?(?:(?:the|all|relevant|other|United\s+Nations)\s+)*")
# ("as well as" too: "including UNESCO, through its national commissions, as well as civil society organizations",
# heldout29 A/RES/77/316 op 3)
AND_NEXT = re.compile(r"\s*(?:and|as\s+well\s+as)\s+(?:the\s+|all\s+)?")
AND_BEFORE = re.compile(r"\b(?:and|or)$")
# others of a kind after an aside that names no partner or means: "the United Nations High Commissioner for Human Rights,
# in conformity with his mandate established by the General Assembly ..., and other relevant United Nations entities, in
# accordance with their mandates" (A/RES/77/209 op 42, 74/143 op 40: the entities had been lost); not after "in
# association with the Secretary-General of the Caribbean Community, as well as the relevant regional organizations"
# (A/RES/77/337 op 3: the partners' list goes on, asides.PARTNER) nor after "through peacekeeping operations, where
# mandated, and other relevant United Nations entities" (S/RES/2823 (2026) op 5: the means' list)
AND_OTHERS = re.compile(AND_NEXT.pattern + r"(?:(?:other|relevant)\s+)+")  # AND_NEXT, then the others' words
# (a means anywhere in it: "at its resumed fifth session, in 2022, including through its intersessional subsidiary body,
# the Committee of Permanent Representatives ..., and other United Nations bodies", A/RES/75/280 op 7, an aside of
# asides.py inside this one; or a means' "by" opening it)
MEANS = re.compile(r"^\s*(?:(?:and|or)\s+)?by\b|\b(?:through|via)\b", re.I)


def _aside(seg: str, ends: list[re.Match], i: int, names: Names) -> bool:
    """Whether the comma ends[i] opens a phrase of a clause's own that the next comma closes, after
    which "and" goes on to the next body of a list: "ECOWAS, through the command of its force, and France"."""
    if i + 1 >= len(ends) or ends[i + 1].group() != "," or not LIST_STOP.match(seg, ends[i].end()):
        return False
    if AND_BEFORE.search(seg, max(0, ends[i].start() - 5), ends[i].start()):
        after = NEXT_NAME.match(seg, ends[i + 1].end())  # "States and, where appropriate, other agencies, funds and"
        head = asides.head_or_modifiers(seg, after.end()) if after else ends[i + 1].end()
        return names.starts_between(ends[i + 1].end(), head + 1)
    after = AND_NEXT.match(seg, ends[i + 1].end())
    if after is not None and names.starts_between(after.end(), after.end() + 1):
        return True
    others = AND_OTHERS.match(seg, ends[i + 1].end())
    return (
        others is not None
        and names.starts_between(others.end(), others.end() + 1)
        and not MEANS.search(seg[ends[i].end() : ends[i + 1].start()])
        and not asides.PARTNER.search(seg, ends[i].end(), ends[i + 1].start())
    )


AND_ONLY = re.compile(r"\s*(?:and|or)\s*")


def aside_commas(seg: str, ends: list[re.Match], i: int, names: Names) -> int:
    """How many commas after the comma ends[i] a phrase set off by commas spans, the list going on past it (0: none):
    1 for "ECOWAS, through the command of its force, and France" (_aside), 2 where "and" alone stands before the
    aside's comma: "all States, relevant United Nations bodies, and, as appropriate, other organizations and interested
    parties to cooperate" (heldout14 S/RES/1455 (2003) op 7; the comma after "bodies" had ended the list), or more
    where qualifiers follow that "and": "Member States, where appropriate, within their respective mandates, relevant
    United Nations entities, and, as appropriate, within existing resources, civil society to support" (made up)."""
    run = _qualifiers(seg, ends, i, names) or int(_aside(seg, ends, i, names))
    if run or i + 1 >= len(ends) or ends[i + 1].group() != ",":
        return run
    if AND_ONLY.fullmatch(seg, ends[i].end(), ends[i + 1].start()) is None:
        return 0
    run = _qualifiers(seg, ends, i + 1, names) or int(_aside(seg, ends, i + 1, names))
    return 1 + run if run else 0


def _qualifiers(seg: str, ends: list[re.Match], i: int, names: Names) -> int:
    """How many commas after the comma ends[i] a run of qualifying phrases spans (QUALIFIER, each set off by commas,
    naming no body), the list going on past the last to a body, or "including" one (0: none): "funds and programmes,
    within their respective mandates, international human rights mechanisms", "UNDOF, within existing capacities and
    resources, member states", "relevant bodies of the United Nations system, within their respective mandates,
    including United Nations specialized agencies" (A/HRC/RES/54/18 op 31); two stand together in "all countries,
    intergovernmental bodies, organizations of the United Nations system, as appropriate, within their existing
    mandates, relevant non-governmental organizations and all other relevant stakeholders to enhance" (A/RES/76/214 op
    19, 74/230 op 18, 78/161 op 19, 80/148 op 17: the list had ended at "system"). Other phrases set off are _aside's."""
    if not LIST_STOP.match(seg, ends[i].end()):
        return 0
    j = i
    while (
        j + 1 < len(ends)
        and ends[j].group() == ","
        and ends[j + 1].group() == ","
        and QUALIFIER.match(seg, ends[j].end())
        and not names.starts_between(ends[j].end(), ends[j + 1].start())
    ):
        j += 1
    after = INCLUDING_NEXT.match(seg, ends[j].end()) if j > i else None
    return j - i if after is not None and names.starts_between(ends[j].end(), after.end() + 1) else 0


def list_stop(seg: str, ends: list[re.Match], k: int, names: Names) -> int:
    """The index in ends, from k on, of the first clause end that closes the list: anything but a comma, or a comma
    that begins a clause, unless it opens a phrase set off by commas past which the list goes on (aside_commas): in
    "States, national institutions and, as appropriate, intergovernmental, international and non-governmental
    organizations to" (A/RES/75/184 ops 15-17) the list goes on past "as appropriate", so the organizations after it
    are the next bodies after the comma that follows "States", though "national institutions" names none (the list had
    ended there, the organizations lost)."""
    while k < len(ends):
        c = ends[k]
        if c.group() != ",":
            return k
        if LIST_STOP.match(seg, c.end()):
            skip = aside_commas(seg, ends, k, names)
            if not skip:
                return k
            k += skip
        k += 1
    return k
