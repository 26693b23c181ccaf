"""A lower-case "the international working group" is the International Working Group on Côte d'Ivoire only after the
text named it (review 49, finding 3): the plain alias "international working group", added for S/RES/1633 (2005) op 4
("Supports the establishment of the International Working Group ..., and urges the international working group to
meet"), made every such group that one, IWGCoteDIvoire: the Assembly's group on the measurement of remittances, a group
the Government of Haiti set up, the Council's group of experts on people of African descent. It is now contextual, and
with nothing named before it stands for a working group (ExpertGroup's default), as before the alias."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Invites the international working group on the measurement of remittances to continue its work;",
        "GA",
        [("invites", {"ExpertGroup"})],
    ),
    (
        "1. Encourages the international working group established by the Government of Haiti to meet regularly;",
        "SC",
        [("encourages", {"ExpertGroup"})],
    ),
    (
        "1. Calls upon the international working group of experts on people of African descent to continue its work;",
        "HRC",
        [("calls-upon", {"ExpertGroup"})],
    ),
    (  # the new reading stays: named before, then in lower case (S/RES/1633 (2005) op 4)
        "4. Supports the establishment of the International Working Group at a ministerial level, and urges the "
        "international working group to meet as soon as possible;",
        "SC",
        [("urges", {"IWGCoteDIvoire"})],
    ),
    (  # named in a paragraph before
        "3. Requests the International Working Group on Côte d'Ivoire to monitor the implementation of the roadmap;\n\n"
        "4. Urges the international working group to meet as soon as possible;",
        "SC",
        [("requests", {"IWGCoteDIvoire"}), ("urges", {"IWGCoteDIvoire"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_the_international_working_group(text, organ, expected):
    r = resolution(text, date="2019-12-19", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
