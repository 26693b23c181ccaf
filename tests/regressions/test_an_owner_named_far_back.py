"""An activity asked with a possessive ("encourages their continued firm engagement") whose owners the paragraph's
opening clause names more than OWNER_REACH words back, no mandate before it: read as no one. "Welcomes the efforts
of IGAD, the AU, the AUPSC, and countries in the region to find durable solutions to peace and security challenges
in South Sudan, encourages their continued firm engagement with South Sudan's leaders" (S/RES/2514 (2020) op 11,
S/RES/2459 (2019) op 11); "Stresses the importance of the full and effective participation of civil society and
women in particular at all stages of the peace process and urges their involvement" (S/RES/2398 (2018) op 7, 2430
op 8); "Takes note of the adoption of the ... programme of the International Organization of la Francophonie,
particularly in the fields of ..., and encourages the complementarity of its programmes" (A/RES/79/331 op 3). The
owners are the first actors the paragraph names (pronouns.owner, as stands_for reads a pronoun in an opening
clause); where it names none, still no one.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "11. Welcomes the efforts of IGAD, the AU, the AUPSC, and countries in the region to find durable solutions "
        "to peace and security challenges in South Sudan, encourages their continued firm engagement with South "
        "Sudan’s leaders to meet without delay all commitments made under cessation of hostilities agreements;",
        [("encourages", {"IGAD", "AfricanUnion", "RegionalPartners"})],
    ),
    (
        "7. Stresses the importance of the full and effective participation of civil society and women in particular "
        "at all stages of the peace process and urges their involvement in the development and implementation of "
        "post-conflict strategies for sustainable peace;",
        [("urges", {"CivilSociety"})],
    ),
    (  # women alone: no actor, no one (the gold of S/RES/2145 (2014) op 14)
        "14. Recalls that women play a vital role in the peace process in Afghanistan and in all stages of the "
        "reconciliation and reintegration of former combatants, and urges their involvement in the development and "
        "implementation of post-conflict strategies;",
        [("urges", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_owner_named_far_back(text, expected):
    r = resolution(text, date="2020-03-12", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
