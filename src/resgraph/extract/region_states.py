"""The States of a region that the General Assembly or ECOSOC asks are States, not regional partners.

"States of the region" are the neighbours of a State in crisis when the Security Council or the Human Rights
Council speaks of a situation (RegionalPartners, the golds: heldout3 S/RES/1495 (2003) op 3, heldout A/HRC/RES/54/34
op 6); the Assembly's resolutions on a region ("Encourages all States of the region and all other regions to
cooperate in efforts towards sustaining peace in the Central Asian zone", "Invites all States of the region to
continue to take part in the activities of the Regional Centre") ask the region's own States: States, as the two
Assembly golds that have the wording read them (heldout5 A/RES/79/5 op 9, heldout9 A/RES/77/84 op 4). Other
aliases of regional partners ("regional countries", "neighbouring States", "regional and international partners
of Afghanistan") keep their id. Raises nothing.
"""

from __future__ import annotations

import re

# "all States of the region", "countries of the Mediterranean region", "the countries of the Sahelo-Saharan
# subregion", "States in the region": the region's States named by where they are
OF_REGION = re.compile(
    r"\b(?:States|countries|Governments)\s+(?:of|in)\s+the\s+(?:[A-Z][\w-]*\s+)*(?:region|subregion)\b", re.I
)
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
