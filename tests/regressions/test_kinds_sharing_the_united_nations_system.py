"""Kinds of body coordinated under one postmodifier naming the United Nations system are its entities, not
organizations of their own (list_members.SHARED_OF, addressees._shares_of), also where the last head opens an alias
("agencies of the United Nations system") and after "within".

- "Calls upon relevant organizations and agencies of the United Nations system to intensify their assistance"
  (heldout12 A/RES/76/126 op 9 and the Assembly's yearly Palestine assistance texts: the gold's UNSystemEntities).
- "Invites all relevant organizations, funds, programmes and bodies within the United Nations system" (heldout19
  A/RES/76/72 op 294 and the yearly oceans texts: UNSystemEntities).
Not a list that names regional organizations of their own after it ("the specialized agencies and other organizations
and bodies of the United Nations system and regional organizations", heldout5 E/RES/2021/2 op 9).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "9. Calls upon relevant organizations and agencies of the United Nations system to intensify their assistance "
        "in response to the urgent needs of the Palestinian people;",
        [("calls-upon", {"UNSystemEntities"})],
    ),
    (
        "294. Invites all relevant organizations, funds, programmes and bodies within the United Nations system, in "
        "consultation with interested States, to coordinate relevant activities with regional and national marine "
        "scientific and technological centres;",
        [("invites", {"UNSystemEntities"})],
    ),
    (
        "9. Requests the specialized agencies and other organizations and bodies of the United Nations system and "
        "regional organizations to strengthen existing measures of support;",
        [("requests", {"UNSystemEntities", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_kinds_sharing_the_united_nations_system(text, expected):
    r = resolution(text, date="2021-12-09", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
