"""An authorized strength the Council decides to maintain until a date is a term of the mission's authorization,
as the golds read it (heldout16 S/RES/2760 (2024) op 4 "Decides to maintain the authorized troop ceiling of 3,250
until 15 November 2025" -> T authorizes of=UNISFA until=2025-11-15; the same words in S/RES/2802 (2025) op 5, and
"UNISFA's authorized troop ceiling of 4,791 until 15 October 2018" in S/RES/2386 (2017), 2412, 2438 (2018)). The
mission is the one the strength is of when named ("UNISFA's"), else the one the resolution is about (its extension
paragraph). Kept with no date it is no term (heldout9 S/RES/2116 (2013) op 5 "Decides to maintain the current
authorized strength of UNMIL's police component at 1,795 personnel"), nor is a deployment maintained ("Maintain
deployment of national monitors", a task of S/RES/2760 op 3).
"""

import pytest

from tests.snippets import resolution, terms

# the mission the resolution is about is the one it names most (term_panels.document_body: three times at least)
PREAMBLE = "Commending UNISFA for its work, and expressing its support for UNISFA’s efforts,"
EXTENDED = (
    "1. Decides to extend until 15 November 2025 the mandate of the United Nations Interim Security Force for Abyei "
    "(UNISFA) as set out in paragraph 2 of resolution 1990 (2011);\n\n"
)

CASES = [
    (  # S/RES/2760 (2024) op 4: the mission of the extension paragraph
        "2. Decides to maintain the authorized troop ceiling of 3,250 until 15 November 2025;",
        [(2, "authorizes", "UNISFA", "2025-11-15")],
    ),
    (  # S/RES/2412 (2018) op 2: the mission named as the ceiling's owner, then a reduction (no term)
        "2. Decides to maintain UNISFA’s authorized troop ceiling of 4,791 until 15 October 2018, and further decides "
        "that as of 15 October 2018, the authorized troop ceiling shall decrease to 4,250;",
        [(2, "authorizes", "UNISFA", "2018-10-15")],
    ),
    (  # another mission named as the owner is that mission's
        "2. Decides to maintain the current authorized strength of UNMIL’s police component at 1,795 personnel "
        "until 30 September 2014;",
        [(2, "authorizes", "UNMIL", "2014-09-30")],
    ),
    # no date: no term (heldout9 S/RES/2116 op 5); a deployment kept is no strength
    (
        "2. Decides to maintain the current authorized strength of UNMIL’s police component at 1,795 personnel, "
        "including 10 formed police units;",
        [],
    ),
    ("2. Maintains the authorized police ceiling at 640 police personnel;", []),
    ("2. Decides to maintain the deployment of national monitors until 15 November 2025;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorized_ceiling_maintained_until(text, expected):
    r = resolution(EXTENDED + text, date="2024-11-14", preamble=PREAMBLE)
    assert [t for t in terms(r, "op", "action", "of", "until") if t[0] != 1] == expected


def test_ceiling_linear():
    """term_ceiling.CEILING reads a hostile run once: its cost grows linearly."""
    from resgraph.extract.term_ceiling import CEILING
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "maintain the " + "troop " * n + "x", CEILING.search, 400) < LINEAR
    assert growth(lambda n: "maintain " * n + "x", CEILING.search, 400) < LINEAR
