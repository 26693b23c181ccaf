"""Two addressee wordings the vocabulary lacked (issue 12: heldout47 08's misses and the addressee survey's class (b)).

- "Further decides that each government in the region, in particular those of States bordering Ituri and the Kivus,
  ... shall maintain a registry" (S/RES/1596 (2005) op 7): the region's Governments one by one, RegionalPartners as
  "all governments in the region" (op 6, the gold's); no alias named them, so the decision fell back to the Council.
- "calls upon United Nations Sustainable Development Group entities" (A/RES/79/226 op 82): the Group's members,
  UNSystemEntities, as "entities of the United Nations Sustainable Development Group" (heldout29 A/RES/76/4 op 6), not
  the Group.

Near misses: the Group itself; a Government of one State in the region.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "SC",
        "7. Further decides that each government in the region, in particular those of States bordering Ituri and the "
        "Kivus, shall maintain a registry for review by the Committee;",
        [("decides", {"RegionalPartners"})],
    ),
    (
        "GA",
        "82. Calls upon United Nations Sustainable Development Group entities to support national efforts;",
        [("calls-upon", {"UNSystemEntities"})],
    ),
    # near misses
    (
        "GA",
        "83. Calls upon the United Nations Sustainable Development Group to support national efforts;",
        [("calls-upon", {"UNSDG"})],
    ),
    (
        "SC",
        "8. Decides that the Government of the Democratic Republic of the Congo shall maintain a registry;",
        [("decides", {"state:COD"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_each_government_in_the_region_and_group_entities(organ, text, expected):
    r = resolution(text, date="2005-04-18", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
