"""An ask the organ narrows from the one before it: "Encourages the Secretary-General to continue his current efforts
... and, during the current process of transition and beyond, particularly encourages careful coordination with the
Afghan national security forces" (S/RES/2145 (2014) op 11 and its UNAMA twins). "Particularly" (mandates.yaml
`narrowing`) makes the second verb a part of the first ask, so when its object is an activity whose agent it does not
name (unaddressed.reason: "activity"), those asked just before are asked (the first gold's and heldout32's reading).
A narrowed ask that names its own addressees keeps them ("and particularly urges the National Transitional Government
of Liberia to implement", S/RES/1579 (2004) op 7), and one after any other adverb ("and further encourages increased
cooperation with regional organizations", heldout8 E/RES/2024/8 op 34) is an ask of its own with no one named.
"""

from __future__ import annotations

import re
from functools import lru_cache

from resgraph.extract import unaddressed
from resgraph.vocab import Vocabulary
from resgraph.wordsearch import phrases


@lru_cache(maxsize=4)
def _narrowing(v: Vocabulary) -> re.Pattern[str]:
    """The adverb of the vocabulary's `narrowing` just before the verb, a comma after it or not ("and, particularly,
    encourages"), read from the vocabulary given, once per vocabulary."""
    return re.compile(rf"\b(?:{phrases(v.mandates['narrowing'])})\s*,?\s*$", re.I)


def narrowed(
    text: str, s: int, ws: int, we: int, prev: tuple[str, ...], v: Vocabulary, speaker: str | None = None
) -> tuple[str, ...]:
    """Whom a verb at text[s:] that names no one asks when it narrows the ask before it: that ask's addressees prev
    when an adverb of `narrowing` stands just before the verb and its window text[ws:we] asks for an activity with
    no agent named; () otherwise, and where the ask before is the speaking organ's own decision ("Decides to extend
    the mandate ..., and particularly encourages careful coordination": the organ does not encourage itself)."""
    if not prev or prev == (speaker,) or not _narrowing(v).search(text, max(0, s - 40), s):
        return ()
    return prev if unaddressed.reason(text[ws:], text[ws:we], v) == "activity" else ()
