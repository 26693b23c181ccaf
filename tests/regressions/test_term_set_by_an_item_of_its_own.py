"""A sub-paragraph that sets a term with a directive of its own, under a paragraph whose verb governs none:
"Reaffirms its decisions in resolution 2628 (2022) except as follows: (a) recalls paragraphs 22, 23, 24 and 26 and
exceptionally extends its authorisations until 30 June 2023" (S/RES/2670 (2022) op 1 (a), the heldout46 gold: T 1
extends of=S/RES/2628(2022)#22,23,24,26 until=2023-06-30). Terms were read in an item only when the paragraph's verb
governed it ("Decides: (a) To establish"), and "extends" is no mandate verb, so the item was never read; and the
paragraphs it recalls name no resolution: they are those of the one resolution its lead names. Now an item that its
paragraph's verb does not govern is read for terms set by its own directive (the clause's directive, as in an
operative paragraph), and "recalls paragraphs N" with no resolution takes the lead's. Near misses: a lead naming two
resolutions gives the recalled paragraphs none (no term); a lead that gives the item another subject ("Welcomes
the communiqué of the African Union ..., which: (a) extends the mandate of AMISOM", "the following steps taken by the
Government of Mali: (b) it establishes a commission") sets none, the lead having to end "(except) as follows:" or
"the following:" with no other subject and the item to open with its verb; "paragraph 3 of this resolution", "of
its resolution 2568 (2021)" or "above" are not the lead's resolution's; an item that only recalls, or notes, sets none; an item
governed by "Decides:" reads as before; an operative paragraph's "Recalls paragraph 22 of resolution 2628 (2022)"
reads its own resolution."""

import pytest

from tests.snippets import resolution, terms

LEAD = "1. Reaffirms its decisions in resolution 2628 (2022) except as follows:\n\n"
CASES = [
    (
        LEAD + "(a) recalls paragraphs 22, 23, 24 and 26 and exceptionally extends its authorisations until 30 June "
        "2023 and affirms that paragraph 27 is annulled;\n\n(b) recalls paragraph 28;\n\n2. Decides to remain seized "
        "of the matter.",
        [(1, "extends", "S/RES/2628(2022)#22,23,24,26", "2023-06-30")],
    ),
    # the same item after a paragraph that asked someone (a mandate before it)
    (
        "1. Requests the Secretary-General to keep the Council informed;\n\n"
        + LEAD.replace("1.", "2.")
        + "(a) recalls paragraph 22 and further extends its authorisations until 31 December 2023;",
        [(2, "extends", "S/RES/2628(2022)#22", "2023-12-31")],
    ),
    # not: the lead names two resolutions, the paragraphs recalled are of neither for sure
    (
        "1. Reaffirms its decisions in resolutions 2628 (2022) and 2670 (2022) except as follows:\n\n(a) recalls "
        "paragraph 22 and extends its authorisations until 30 June 2023;",
        [],
    ),
    # not: an item that recalls or notes a term and sets none
    (
        LEAD + "(a) recalls paragraph 22, which extended its authorisations until 30 June 2023;\n\n(b) notes that "
        "paragraph 26 extends its authorisations until 31 December 2022;",
        [],
    ),
    # not: the lead gives the item another subject (a relative, a named actor's steps): the AU's act, Mali's
    (
        "1. Welcomes the communiqué of the African Union Peace and Security Council of 9 March 2022, which:\n\n(a) "
        "extends the mandate of AMISOM until 31 December 2022;",
        [],
    ),
    (
        "1. Welcomes the following steps taken by the Government of Mali:\n\n(a) it extends the transition until 26 "
        "March 2024;\n\n(b) it establishes a commission;",
        [],
    ),
    # not: the paragraph recalled is named with a document after its number (this text's, another resolution's):
    # not the lead's; "of its resolution 2568 (2021)" is that resolution's
    (LEAD + "(a) recalls paragraph 3 of this resolution and extends its authorisations until 30 June 2023;", []),
    (
        LEAD + "(a) recalls paragraph 3 of its resolution 2568 (2021) and extends its authorisations until 30 June "
        "2023;",
        [(1, "extends", "S/RES/2568(2021)#3", "2023-06-30")],
    ),
    (LEAD + "(a) recalls paragraph 3 above and extends its authorisations until 30 June 2023;", []),
    # unchanged: an item its paragraph's verb governs, and an operative paragraph naming its own resolution
    (
        "2. Decides for a period of 12 months from the date of adoption of this resolution:\n\n(a) To renew the "
        "measures on travel imposed by paragraph 4 of resolution 1521 (2003);\n\n3. Recalls paragraph 22 of "
        "resolution 2628 (2022) and further extends its authorisations until 30 June 2024;",
        [(2, "extends", "S/RES/1521(2003)#4", "2023-12-21"), (3, "extends", "S/RES/2628(2022)#22", "2024-06-30")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_set_by_an_item_of_its_own(text, expected):
    r = resolution(text, date="2022-12-21")
    assert terms(r, "op", "action", "of", "until") == expected
