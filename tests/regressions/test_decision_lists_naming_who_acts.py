"""A decision's list whose items say who shall act, in two more shapes:

- an aside before the colon: "Decides, on the basis of its assessment of progress made to date towards meeting the
  conditions for lifting the measures imposed by resolution 1521 (2003): (a) To renew the measures ...; (b) That Member
  States shall notify the Committee ... upon delivery of all arms ...; (c) To review any of the above measures"
  (the Liberia renewals S/RES/1792 (2007) op 1, heldout19 11, and 1854 (2008) op 1, heldout16 13: SecurityCouncil and
  MemberStates) was the Council's alone, the list not opened after the aside;
- the items written in the paragraph's own text (an Akoma Ntoso list of "a." points): "Decides that: a. prior to
  transferring any items in Part 1 of Annex C to Somalia, the supplying Member State of the items should notify the
  GFRS for its awareness; b. where an item ... is directly or indirectly sold, ..., the State shall notify the GFRS"
  (S/RES/2713 (2023) op 19, heldout5 03: MemberStates) was the Council's.
Guards: a list of the Council's own infinitives stays the Council's; an inline list whose items name no one too.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n"
LIBERIA = (
    "1. Decides, on the basis of its assessment of progress made to date towards meeting the conditions for lifting "
    "the measures imposed by resolution 1521 (2003):\n\n(a) To renew the measures on arms imposed by paragraph 2 of "
    "resolution 1521 (2003) for a further period of 12 months from the date of adoption of this resolution;\n\n"
)

CASES = [
    (  # S/RES/1854 (2008) op 1
        LIBERIA + "(b) That Member States shall notify the Committee established by paragraph 21 of resolution 1521 "
        "(2003) upon delivery of all arms and related materiel;\n\n(c) To review any of the above measures at the "
        "request of the Government of Liberia;\n",
        [("decides", {"SecurityCouncil", "MemberStates"})],
    ),
    (  # guard: the Council's own infinitives
        LIBERIA + "(b) To review any of the above measures at the request of the Government of Liberia;\n",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # S/RES/2713 (2023) op 19, its "a." points in the paragraph's text
        "19. Decides that: a. prior to transferring any items in Part 1 of Annex C to Somalia, the supplying Member "
        "State of the items should notify the GFRS for its awareness; b. where an item in part I of Annex C to this "
        "resolution is directly or indirectly sold, supplied or transferred to Somalia, the State shall notify the "
        "GFRS for its awareness;\n",
        [("decides", {"MemberStates"})],
    ),
    (  # guard: items naming no one
        "19. Decides that: a. the measures shall apply to all items; b. the list shall be updated;\n",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_lists_naming_who_acts(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_decision_list_patterns_are_linear():
    from resgraph.extract.subparagraphs import DECISION_LIST, INLINE_ITEM, INLINE_LIST
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "," + " " * n + "x", DECISION_LIST.fullmatch, 2000) < LINEAR
    assert growth(lambda n: " " * n + "that" + " " * n + ":" + " " * n + "x", INLINE_LIST.match, 2000) < LINEAR
    assert growth(lambda n: "; " * n + "x", lambda s: list(INLINE_ITEM.finditer(s)), 2000) < LINEAR
