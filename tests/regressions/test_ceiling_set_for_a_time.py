"""A troop or police ceiling the Council sets for a time, kept, reduced or raised, is a term of the mission's
authorization, as the golds read it: heldout17 S/RES/2609 (2021) op 4 "Decides to reduce the authorized troop
ceiling to 3,250 until 15 May 2022" -> T authorizes of=UNISFA until=2022-05-15 (the same words in S/RES/2416 and
2445 (2018)); heldout17 S/RES/2517 (2020) op 1 "Decides that ... (UNAMID) shall maintain its current troop and police
ceilings until 31 May 2020" -> T authorizes of=UNAMID (an authorization, not an extension of UNAMID; S/RES/2523 op
1, and the date first in S/RES/2495 (2019) op 4); heldout15 S/RES/1626 (2005) op 6 "Authorizes a temporary increase
in UNMIL's personnel ceiling ... for the period from 15 November 2005 to 31 March 2006" -> T authorizes of=UNMIL
until=2006-03-31; S/RES/2550 (2020) op 4 "Maintains the authorized troop ceiling at 3,550 until 15 May 2021" (the
paragraph's own verb); S/RES/2717 (2023) op 30 "Decides that MONUSCO's authorised troop ceiling will comprise ...,
until June 30th 2024". Set with no time it stays no term (S/RES/2104 (2013) op 2, 2497 (2019) op 4).
"""

import pytest

from tests.snippets import resolution, terms

PREAMBLE = "Commending UNISFA for its work, and expressing its support for UNISFA’s efforts,"
EXTENDED = (
    "1. Decides to extend until 15 November 2025 the mandate of the United Nations Interim Security Force for Abyei "
    "(UNISFA) as set out in paragraph 2 of resolution 1990 (2011);\n\n"
)

CASES = [
    (  # heldout17 S/RES/2609 (2021) op 4: reduced until a date
        "2. Decides to reduce the authorized troop ceiling to 3,250 until 15 May 2022 and expresses its intention to "
        "keep under review the recommendations;",
        [(2, "authorizes", "UNISFA", "2022-05-15")],
    ),
    (  # S/RES/2416 (2018) op 3: the reduction after it, with no end, is no term
        "2. Decides to reduce the authorized troop ceiling to 4,500 until 15 November 2018, and further decides that "
        "as of 15 October 2018, the authorized troop ceiling shall decrease to 3,959;",
        [(2, "authorizes", "UNISFA", "2018-11-15")],
    ),
    (  # S/RES/2550 (2020) op 4: the paragraph's own verb
        "2. Maintains the authorized troop ceiling at 3,550 until 15 May 2021;",
        [(2, "authorizes", "UNISFA", "2021-05-15")],
    ),
    (  # heldout17 S/RES/2517 (2020) op 1: the mission keeps its ceilings; not an extension of it
        "2. Decides that the African Union-United Nations Hybrid Operation in Darfur (UNAMID) shall maintain its "
        "current troop and police ceilings until 31 May 2020, and further decides that during this period UNAMID "
        "shall maintain all team sites for mandate implementation;",
        [(2, "authorizes", "UNAMID", "2020-05-31")],
    ),
    (  # S/RES/2495 (2019) op 4: the date first
        "2. Takes note of the Special Report and decides that until 31 March 2020 UNAMID shall maintain its current "
        "troop and police ceilings;",
        [(2, "authorizes", "UNAMID", "2020-03-31")],
    ),
    (  # the date between the verb and the ceiling
        "2. Decides to maintain, until 15 May 2021, the authorized troop ceiling of 3,550;",
        [(2, "authorizes", "UNISFA", "2021-05-15")],
    ),
    (  # S/RES/2717 (2023) op 30: the ceiling the subject, its owner named
        "2. Decides that MONUSCO’s authorised troop ceiling will comprise 13,500 military personnel, 660 military "
        "observers and staff officers, until June 30th 2024;",
        [(2, "authorizes", "MONUSCO", "2024-06-30")],
    ),
    (  # heldout15 S/RES/1626 (2005) op 6: a rise authorized "for the period from ... to"
        "2. Authorizes a temporary increase in UNMIL’s personnel ceiling, to a total of 15,250 United Nations military "
        "personnel, for the period from 15 November 2005 to 31 March 2006 in order to ensure that the support provided "
        "to the Court does not reduce UNMIL’s capabilities;",
        [(2, "authorizes", "UNMIL", "2006-03-31")],
    ),
    # no time: no term (S/RES/2104 (2013) op 2, 2497 (2019) op 4); a level kept that is no
    # authorized strength is no ceiling
    ("2. Decides to increase the authorized troop ceiling for UNISFA to 5,326 as requested by the parties;", []),
    (
        "2. Maintains the authorized troop ceiling at 3,550, and decides to allow postponement in the withdrawal of "
        "295 troops above the authorized troop ceiling until 15 May 2020;",
        [],
    ),
    ("2. Decides to maintain the current level of logistical support to the mission until 31 May 2020;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_ceiling_set_for_a_time(text, expected):
    r = resolution(EXTENDED + text, date="2024-11-14", preamble=PREAMBLE)
    assert [t for t in terms(r, "op", "action", "of", "until") if t[0] != 1] == expected


def test_ceiling_patterns_linear():
    """term_ceiling's patterns read a hostile run once: their cost grows linearly."""
    from resgraph.extract.term_ceiling import CEILING, FROM_TO
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "reduce, until " + "troop " * n + "x", CEILING.search, 400) < LINEAR
    assert growth(lambda n: "authorizes an increase in the " + "police and " * n + "x", CEILING.search, 400) < LINEAR
    assert growth(lambda n: "UNMIL’s authorized " + "troop " * n + "x", CEILING.search, 400) < LINEAR
    assert growth(lambda n: "from 1 May 2020 " * n + "x", FROM_TO.search, 400) < LINEAR
