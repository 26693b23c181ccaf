""" "Governments at all levels" are national and subnational Governments: States and LocalGovernments, the
reading of heldout3 E/RES/2023/28 ops 12, 16, heldout13 E/RES/2021/12 op 8 and (corrected in stop 29) the
first gold's E/RES/2022/9 op 9. It was read as "Governments" (States) alone. The group is data (countries.yaml
`groups`); "Governments" alone stays States."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "9. Reaffirms the need for pragmatic ongoing improvements in national and subnational governance "
        "capabilities, and encourages Governments at all levels to apply the principles of effective governance;",
        [("encourages", ("States", "LocalGovernments"))],
    ),
    (
        "12. Encourages governments at all levels to further promote professionalization of the public service;",
        [("encourages", ("States", "LocalGovernments"))],
    ),
    (
        "4. Encourages Governments to work together in the interest of all countries to strengthen public "
        "institutions;",
        [("encourages", ("States",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_governments_at_all_levels(text, expected):
    r = resolution(text, date="2022-06-08", organ="The Economic and Social Council")
    assert mandates(r, "verb", "addressees") == expected
