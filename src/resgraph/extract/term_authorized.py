"""An authorization given, not one spoken of: "authorized" is a term's verb only as a predicate.

"Decides that, until 31 December 2023, MINUSMA is authorized to fulfil the following functions" and
"decides that AMISOM shall be authorized to take all necessary measures" give an authorization; "the
authorized troop ceiling of 19,815" (S/RES/2098 (2013) op 9, 2155, 2412, 2438, 2717, 2760), "within
the authorized military strength of UNOCI" (S/RES/2226 (2015), 2284), "a UN-authorized mission"
(S/RES/2699 (2023)), "the increase in the ... strength of MONUC authorized by resolutions 1621 and
1635" (S/RES/1693 (2006)) and "as authorized by the Security Council in its resolution 1595" name an
authorization given before or a number of troops (the golds: "Decides to maintain the current
authorized strength of UNMIL's police component" is no term). Not one given before either: "the intended European
Union operation which has been authorized for a one-year period" (S/RES/1778 (2007) op 10).

A body set up by those the Council authorizes is an authorization too (given).

Split from terms.py, which finds the terms; nothing here raises.
"""

from __future__ import annotations

import re

# not after a past tense of "be": "which has been authorized for a one-year period" names an earlier authorization
NOT_PAST = r"(?<!\bbeen\s)(?<!\bwas\s)(?<!\bwere\s)"
PATTERN = (
    rf"{NOT_PAST}\bauthori[sz](?:e|es|ing)\b|"
    # the participle after a verb of being ("is authorized", "shall be hereby authorized", "remains authorized") or
    # before what those authorized are to do ("MINUSCA, until 15 November 2025, authorized to use"), not "the
    # authorized troop ceiling", "authorized by resolution 1942 (2010)"
    r"(?:(?<=\bis\s)|(?<=\bare\s)|(?<=\bbe\s)|(?<=\bhereby\s)|(?<=\bremain\s)|(?<=\bremains\s)|(?<=\bstill\s))"
    r"authori[sz]ed\b|"
    rf"{NOT_PAST}(?<!\bthe\s)\bauthori[sz]ed(?=,?\s+(?:until|for|to\s+(?!the\b)[a-z]+))"
)

# the authorizing verb and whom it authorizes, right before the infinitive that sets a body up ("to establish"): no
# other infinitive between (not "authorizes UNOCI to use all necessary means ... and requests it to establish")
_AUTHORIZED_ONES = re.compile(r"\bauthori[sz](?:e|es|ing)\s+(?:(?!\bto\b)[^;:]){1,200}?\s$", re.I)


def given(action: str, clause: str, m: re.Match[str]) -> str:
    """The action of a term read as `action` at m (of clause): authorizes where the body that "to establish" sets up is
    set up by those the clause authorizes: "Decides to authorize IGAD and Member States of the African Union to
    establish a protection and training mission in Somalia" (S/RES/1725 (2006) op 3), "Authorizes Member States to
    establish a Multinational Force in Liberia" (S/RES/1497 (2003) op 1): the Council's act is the authorization (as
    the golds read "Decides to authorize the Member States of the AU to maintain the deployment of AMISOM", heldout4
    01 op 9, heldout16 18 op 1, heldout8 15 op 5), the body what it authorizes. Not "Decides to establish", nor a body
    the Council asks for ("Requests the Secretary-General to establish")."""
    if action == "establishes" and m.group(0)[:3].lower() == "to " and _AUTHORIZED_ONES.search(clause, 0, m.start()):
        return "authorizes"
    return action
