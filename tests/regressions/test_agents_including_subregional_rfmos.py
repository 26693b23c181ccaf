"""A list of agents after "by" goes on through "including" to a named kind, but not past "subregional and" before
its name: "Encourages further work by competent international organizations, including subregional and regional
fisheries management organizations and arrangements, to develop guidelines on flag State control of fishing vessels"
(A/RES/75/89 op 111 and the yearly fisheries twins) asked the organizations alone, where the golds add the RFMOs
(heldout30 26 op 111, heldout18 26 op 110). "subregional and regional fisheries management organizations (and|or)
arrangements" are aliases of RFMOs.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "111. Encourages further work by competent international organizations, including subregional and regional "
        "fisheries management organizations and arrangements, to develop guidelines on flag State control of fishing "
        "vessels;",
        [("encourages", {"InternationalOrganizations", "RFMOs"})],
    ),
    (  # the list as addressees, as before
        "6. Encourages competent international organizations, including subregional and regional fisheries management "
        "organizations and arrangements, to develop guidelines;",
        [("encourages", {"InternationalOrganizations", "RFMOs"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_agents_including_subregional_rfmos(text, expected):
    r = resolution(text, date="2020-12-08", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
