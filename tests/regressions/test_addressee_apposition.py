"""A role in apposition to the State named before it is that State, no other addressee (issue 12,
the heldout4 gold: A/RES/80/98 op 16, and the same paragraph of the New Caledonia resolutions
A/RES/74/106 ... 80/98): "Calls upon France, the administering Power, to consider" asks France.
The roles that read so are data (actors.yaml `kind: role`); "the administering Power and the
Government of New Caledonia" is a list, and a State then a list of other bodies stays a list.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Calls upon France, the administering Power, in the light of the observations of the visiting missions, "
        "to consider further strengthening the education programme;",
        [("calls-upon", {"state:FRA"})],
    ),
    (
        "Calls upon France, as the administering Power, to continue to transfer competences;",
        [("calls-upon", {"state:FRA"})],
    ),
    (
        "Urges the administering Powers and the specialized agencies to support the Territories;",
        [("urges", {"AdministeringPowers", "UNSystemEntities"})],
    ),
    (
        "Calls upon France, the United Kingdom of Great Britain and Northern Ireland and the specialized "
        "agencies to cooperate;",
        [("calls-upon", {"state:FRA", "state:GBR", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_apposition(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
