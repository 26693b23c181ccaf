"""The bulleted items a paragraph lists inline after its colon, and the item a directive verb stands in.

"Requests the Secretary-General fully implement the following capacities and existing obligations in the planning and
conduct of MINUSCA's operations: – ...; – prioritising enhanced mission mobility ..., including through generating
required assets and encourages Member states to contribute necessary capabilities ...; – ...; – implementing the United
Nations zero-tolerance policy ..., and to report to the Security Council if such cases of misconduct occur" (S/RES/2659
(2022) op 43, heldout25 03: R by=SecretaryGeneral). The dash items stay in the paragraph's own text (no sub-paragraphs
of their own), so the clause of "encourages", a directive verb inside the third item, ran to the paragraph's end, and
the last item's report was read as the Member States'. A verb inside an item governs that item only; the items after
it are the list's again, whose owner is the one the verb before the colon asks, as the items of a lettered list
segmented into sub-paragraphs are (subparagraphs.py). Only a dash or bullet after a semicolon opens an item, in a list
that opens with the first colon past the paragraph's first directive verb that a dash or bullet follows.

Split from mandates.py, which reads each directive verb's clause; raises nothing. The item ends are found once per
paragraph and looked up by bisection: a paragraph of thousands of verbs is read in linear time.
"""

from __future__ import annotations

import re
from bisect import bisect_right

# the colon that opens the list, a dash or bullet and a space after it (the paragraph's text has its lines joined, and
# an en dash read as a hyphen: mandates.SAME_LENGTH): ": – strengthening ..."
OPENS = re.compile(r":\s+(?=[–—−•·▪‐-]\s)")
# where an item ends: the semicolon before the next one's dash or bullet, "...; – taking fully into account"
LINE = re.compile(r";\s+(?=[–—−•·▪‐-]\s)")


def items(text: str, verb_end: int) -> tuple[int, list[int]]:
    """(where the list opens, where each of its items but the last ends) of the inline bulleted list of a paragraph's
    text: the colon after the end of its first directive verb (verb_end) that a dash or bullet follows; (-1, []) where
    the paragraph lists no items so."""
    m = OPENS.search(text, verb_end)
    if not m:
        return -1, []
    return m.start(), [x.start() for x in LINE.finditer(text, m.start())]


def item_end(listed: tuple[int, list[int]], s: int, end: int) -> int:
    """The end of the inline item (of `listed`, items()) that holds the directive verb at text[s], if before end (the
    verb's clause end); end where the verb stands before the list or in its last item."""
    opens, lines = listed
    if opens < 0 or s < opens:
        return end
    k = bisect_right(lines, s)
    return lines[k] if k < len(lines) and lines[k] < end else end
