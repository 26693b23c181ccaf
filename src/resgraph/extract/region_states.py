"""The States of a region that the General Assembly or ECOSOC asks are States, not regional partners.

"States of the region" are the neighbours of a State in crisis when the Security Council or the Human Rights
Council speaks of a situation (RegionalPartners, the golds: heldout3 S/RES/1495 (2003) op 3, heldout A/HRC/RES/54/34
op 6); the Assembly's resolutions on a region ("Encourages all States of the region and all other regions to
cooperate in efforts towards sustaining peace in the Central Asian zone", "Invites all States of the region to
continue to take part in the activities of the Regional Centre") ask the region's own States: States, as the three
Assembly golds that have the wording read them (heldout5 A/RES/79/5 op 9, heldout9 A/RES/77/84 op 4, heldout20 A/RES/74/72
op 4). Other names of regional partners ("countries of the region", "States in the region", "regional countries",
"neighbouring States", "regional and international partners of Afghanistan") keep their id, as the sets read them in
the Assembly's texts too (OF_REGION). Raises nothing.
"""

from __future__ import annotations

import re

# "all States of the region", "all States of the Mediterranean region": the region's States named by where they are,
# in the words of the three Assembly readings as States (heldout5 A/RES/79/5 op 9, heldout9 A/RES/77/84 op 4, heldout20
# A/RES/74/72 op 4, the Regional Centres' and Central Asia's texts). The Assembly's "countries of the region" (the
# Middle East zone free of nuclear weapons, heldout22 A/RES/75/33 ops 2, 5), "the countries of the Sahelo-Saharan
# subregion" (small arms, heldout17 A/RES/80/36 op 4) and "States in the region" (the oceans' Gulf of Guinea, heldout19
# A/RES/76/72 op 152) are read as regional partners in every set that has them, as the Council's are
OF_REGION = re.compile(r"\bStates\s+of\s+the\s+(?:[A-Z][\w-]*\s+)*(?:region|subregion)\b")
# a partner named otherwise beside them keeps the id
OTHER_PARTNER = re.compile(
    r"\b(?:neighbou?ring|regional\s+(?:and\s+\w+\s+)?(?:partners|countries|States|players))", re.I
)
SPEAKERS = frozenset({"GeneralAssembly", "ECOSOC"})


def as_states(names: tuple[str, ...], window: str, speaker: str | None) -> tuple[str, ...]:
    """names, with RegionalPartners read as States where the Assembly or ECOSOC (speaker: the speaking organ's
    actor) asks the States of a region (window: the words that name the addressees)."""
    if speaker not in SPEAKERS or "RegionalPartners" not in names:
        return names
    if not OF_REGION.search(window) or OTHER_PARTNER.search(window):
        return names
    return tuple(dict.fromkeys("States" if a == "RegionalPartners" else a for a in names))
