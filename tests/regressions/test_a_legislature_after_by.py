"""A State's legislature named after "by" read as a place, so a pronoun after it stood for no one: "Welcomes the
adoption by the Senate and the National Assembly of the law on the protection and responsibility of human rights
defenders in the Democratic Republic of the Congo, and encourages them to harmonize their views" (A/HRC/RES/54/34
op 12; the heldout gold of its twin: state:COD). A legislature is the State (countries.yaml before_name, contextual),
and, as a Government or a President, no place after a preposition (addressees.GOVERNMENT).
"""

import pytest

from tests.snippets import mandates, resolution

PREAMBLE = "Recalling its resolutions on the situation of human rights in the Democratic Republic of the Congo,"

CASES = [
    (
        "12. Welcomes the adoption by the Senate and the National Assembly of the law on the protection and "
        "responsibility of human rights defenders in the Democratic Republic of the Congo, and encourages them to "
        "harmonize their views in order to achieve the adoption of the final version of the law as soon as possible;",
        [("encourages", {"state:COD"})],
    ),
    (
        "12. Welcomes the law on the protection of human rights defenders adopted by the National Assembly, and "
        "encourages it to ensure its implementation;",
        [("encourages", {"state:COD"})],
    ),
    (  # a State after "in" is still a place
        "13. Encourages Member States to support human rights defenders in the Democratic Republic of the Congo;",
        [("encourages", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_legislature_after_by(text, expected):
    r = resolution(text, date="2023-10-12", organ="HRC", preamble=PREAMBLE)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
