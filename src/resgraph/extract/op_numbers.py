"""An operative paragraph's number at the start of a line, in the forms the segmenter reads only where
the number follows the last one: a number past 999, and a number without its full stop or its space.

Split from segment.py (which reads "12. Requests ..." itself): these forms are ambiguous alone (a line
can begin with a year, "2015. ...", or with a count, "3 States ..."), so each is read only as the next
paragraph's number. Nothing here raises.
"""

from __future__ import annotations

import re

from resgraph.extract.kinds import lead
from resgraph.vocab import Vocabulary

# past paragraph 999 a number has four digits or more: read as one only where it follows the last
# ("1000." after "999."), since a line can begin with a year ("2015. ...")
LONG_NUM = re.compile(r"^\s*(?:-\s+)?(\d{4,6})\s?\.(?:\s+(?=\S)|\s*$)")
# a number that lost its full stop or the space after it, typed into the paragraph's text where the
# others are <num> elements: "11\tCondemns disinformation ..." (S/RES/2730 (2024) op 11), "232 .Recognizes the
# need ..." (A/RES/77/248 op 232), "13 Urges all States ..." (S/RES/1643 (2005)): the paragraph was a block of
# no paragraph, its mandates lost; the same before a preambular lead in the operative part ("12 Recalling
# ..., urges ...", undotted_number)
UNDOTTED = re.compile(r"^\s*(\d{1,3})(?:\s+\.?\s*|\.)(?=[“\"‘]?[A-Z])")


def long_number(line: str, last: int) -> re.Match | None:
    """A paragraph number past 999, read only where it follows the last one (by one or two)."""
    m = LONG_NUM.match(line) if last >= 999 else None
    return m if m and 0 < int(m.group(1)) - last <= 2 else None


def undotted_number(line: str, last: int, v: Vocabulary) -> re.Match | None:
    """ "11 Condemns ...", "232 .Recognizes ...": the number of the paragraph after the last one (`last` + 1),
    written without its full stop or its space, where the words after it open a paragraph: an operative lead, or
    any lead kinds.lead reads as preambular (a participle, "Recalling", "Strongly deploring", or an adjective of
    the vocabulary's preambular leads, "Deeply concerned") before a word in lower case, as it opens a dotted one
    ("12 Recalling its resolution 1502 (2003), ... and also urges all those concerned to allow ...", as S/RES/1545
    (2004) op 12 is printed "12. Recalling ..."): the document numbers it in its operative part, after the last
    operative paragraph, and a preambular lead's paragraph numbered 12. is read as op 12
    (`segment._Paragraphs.numbered`); read as the preamble's it lost its mandates."""
    m = UNDOTTED.match(line) if last else None
    if m is None or int(m.group(1)) != last + 1:
        return None
    kind = lead(line[m.end() :], v)[0]
    if kind == "preambular":  # a preambular lead before words in lower case: "12 Beijing Declaration ..." is a name
        words = line[m.end() :].split(maxsplit=2)
        return m if len(words) > 1 and words[1][:1].islower() else None
    return m if kind == "operative" else None
