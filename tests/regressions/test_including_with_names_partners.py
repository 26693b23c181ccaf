""" ", including with" after the bodies a verb asks opens its partners, as "with" after a comma does ("Requests the
Secretary-General, in consultation with Member States, to"): "Strongly encourages further accelerated actions and
multi-stakeholder partnerships at all levels, including with the United Nations system and international financial
system, to advance innovative pathways" (A/RES/77/162 op 16, A/RES/75/213 op 16) asks the partnerships, not the
United Nations system they work with (tests/mandate_gold/README.md, "What counts": not a partner after "with").
Found by a random reading outside the golds (sample38).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "GA",
        "Encourages Member States, including with the United Nations system, to advance innovative pathways to "
        "achieving sustainable consumption and production;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "GA",
        "Encourages further partnerships at all levels, including with the private sector and the United Nations "
        "system, to advance innovative pathways;",
        [("encourages", set())],
    ),
    (
        "SC",
        "Requests the Secretary-General, following appropriate consultations, including with the Lebanese "
        "Government, to include in his report recommendations in this regard;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "GA",
        "Encourages Member States, including the least developed countries, to advance innovative pathways;",
        [("encourages", {"MemberStates", "DevelopingCountries"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_including_with_names_partners(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
