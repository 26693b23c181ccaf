"""The Council's counter-terrorism texts name organizations as "entities": "calls upon Member States, the UN, and other
international, regional, and subregional entities to provide technical assistance" (S/RES/2396 (2017) ops 12, 15, 39,
heldout38 20's misses; S/RES/2610 (2021), 2734 (2024)) left the entities out, where "international, regional and
subregional organizations" of the same list was InternationalOrganizations. actors.yaml gives the "entities" wordings
the same id. Not a bare "regional and subregional entities", which the Assembly's texts name as partners
("coordination and collaboration between the United Nations and regional and subregional entities", A/RES/76/245)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/2396 (2017) op 12 (its third clause)
        "12. Further calls upon Member States, the UN, and other international, regional, and subregional entities to "
        "provide technical assistance, resources and capacity building to Member States in order to implement such "
        "capabilities;",
        [("calls-upon", {"MemberStates", "UNSystemEntities", "InternationalOrganizations"})],
    ),
    (  # S/RES/2396 (2017) op 39
        "39. Encourages Member States, as well as international, regional, and sub-regional entities to ensure "
        "participation and leadership of women in the design, implementation, monitoring, and evaluation of these "
        "strategies;",
        [("encourages", {"MemberStates", "InternationalOrganizations"})],
    ),
    (  # without the serial comma
        "15. Calls upon Member States and international, regional and subregional entities to provide technical "
        "assistance;",
        [("calls-upon", {"MemberStates", "InternationalOrganizations"})],
    ),
    (  # not taken: a bare "regional and subregional entities", partners of a coordination
        "5. Requests the Secretary-General to ensure greater coordination and collaboration between the United Nations "
        "and regional and subregional entities;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_international_regional_and_subregional_entities(text, expected):
    r = resolution(text, organ="SC", date="2017-12-21")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
