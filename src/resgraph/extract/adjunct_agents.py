"""Givers named by a noun before what they give: "encourages further donor support and coordination" (heldout27
S/RES/2444 (2018) op 31), "urges the rapid disbursement of donor pledges" (heldout12 A/RES/75/126 op 6, the Assembly's
yearly twins): the gold reads Donors, the givers of the support or the pledges, as "support from donors" would be read
(agents.py, the addressee convention from stop 27, tests/mandate_gold/README.md "What counts"). The modifier is one of
verbs.yaml `unaddressed.giver_modifiers` ("donor"), read as the actor whose alias is its plural ("donors"): not any
noun whose plural is an alias ("further government assistance" is the government's own, no giver asked; "stakeholder
engagement", "member state participation"), not an adjective ("international support", no one), nor the side of a
compound ("a multi-donor trust fund": a fund, and no giver noun). Read only when the verb's object names no
actor: a window that names one is read as such (asked.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract.agents import NOT_MODIFIER
from resgraph.vocab import STATE, Vocabulary
from resgraph.wordsearch import phrases

# a word of the object's head phrase: no preposition, relative or conjunction ("the delivery of government assistance":
# "in the delivery of" goes past the head, A/RES/76/195 op 10, no giver asked): agents.py's NOT_MODIFIER, and no "and"/"or"
WORD = rf"{NOT_MODIFIER}(?!(?:and|or)\b)[a-z][\w-]*"


@lru_cache(maxsize=4)
def _adjunct(v: Vocabulary) -> re.Pattern[str]:
    """The object's head phrase ending in a giver's noun (verbs.yaml `unaddressed.giver_modifiers`) and one of what is
    given (`giver_nouns`), or an activity of it: "further donor support", "the rapid disbursement of donor pledges"."""
    givers = phrases(v.unaddressed.get("giver_nouns") or ())  # (phrases tries the longer of two first)
    modifiers = phrases(v.unaddressed.get("giver_modifiers") or ())
    # (the noun opens the object or follows a space: never the side of a hyphenated compound, "multi-donor")
    return re.compile(
        rf"(?:{WORD}\s+){{0,3}}?(?:{WORD}\s+of\s+(?:{WORD}\s+){{0,2}}?)?(?P<noun>{modifiers})\s+(?:{givers})\b"
    )


def adjunct_givers(obj: str, v: Vocabulary) -> tuple[str, ...]:
    """The actor whose alias is the plural of the giver's noun before what is given at the head of the verb's object
    obj, () when there is none: "donor support" -> Donors, "government assistance" -> ()."""
    m = _adjunct(v).match(obj)
    ids, contextual = v.actors_of_alias(m.group("noun") + "s") if m else ((), False)
    return ids[:1] if ids and not contextual and not ids[0].startswith(STATE) else ()
