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

Split from terms.py, which finds the terms; nothing here raises.
"""

from __future__ import annotations

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
