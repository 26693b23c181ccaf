"""A State's officials named by "officials in <State>": "Urges civilian and military officials in Guinea-Bissau to
demonstrate greater commitment ..., and encourages them to further support" (S/RES/2092 (2013) op 8) read
Guinea-Bissau as a place and gave both verbs an empty set; the officials are the State's, as "Iranian officials"
are (countries.yaml `after_name`). Not a body's officials ("United Nations officials in ...")."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/2092 (2013) op 8
        "Urges civilian and military officials in Guinea-Bissau to demonstrate greater commitment to effectively combat "
        "drug trafficking, and encourages them to further support the efforts of the international community to "
        "that end;",
        [("urges", {"state:GNB"}), ("encourages", {"state:GNB"})],
    ),
    ("Calls upon officials in Chad to cooperate;", [("calls-upon", {"state:TCD"})]),
    (  # a body's officials in a State: the State is a place
        "Urges United Nations officials in Guinea-Bissau to cooperate;",
        [("urges", set())],
    ),
    # (review of stop 51: the State's own officials, "Government" too; others' officials in a State, the State a place)
    ("Urges Government officials in Guinea-Bissau to cooperate;", [("urges", {"state:GNB"})]),
    ("Urges senior military officials in Haiti to ensure the safety of staff;", [("urges", {"state:HTI"})]),
    ("Urges senior mission officials in Haiti to ensure the safety of staff;", [("urges", set())]),
    (
        "Urges international officials in Bosnia and Herzegovina to cooperate with the High Representative;",
        [("urges", set())],
    ),
    ("Urges humanitarian officials in Haiti to ensure the safety of staff;", [("urges", set())]),
    ("Urges foreign officials in Haiti to ensure the safety of staff;", [("urges", set())]),
    (  # a place still after other nouns
        "Urges the Secretary-General to deploy staff in Guinea-Bissau;",
        [("urges", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_officials_in_a_state(text, expected):
    assert mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True) == expected
