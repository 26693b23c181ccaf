"""A second addressee after the first's infinitive, the verb's preposition said again, lost where the first names no
actor of the vocabulary: "calls upon all responsible actors to cease and refrain from these measures, and upon all
States to ensure accountability" (A/RES/80/217 op 3) was one call on no one; "Calls upon all Iraqis to implement
these arrangements peaceably and in full, and on all States and relevant organizations to support such
implementation" (S/RES/1546 (2004) op 6) likewise. The States (and organizations) the text names are asked, as
"calls upon AMISOM to undertake, and upon the AU to ensure" reads both (elliptic.elliptic, said_again).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "3. Further condemns unequivocally all online and offline attacks against journalists, calls upon all "
        "responsible actors to cease and refrain from these measures, and upon all States to ensure accountability "
        "through the conduct of impartial, speedy, thorough, independent and effective investigations;",
        [("calls-upon", {"States"})],
    ),
    (
        "SC",
        "6. Calls upon all Iraqis to implement these arrangements peaceably and in full, and on all States and "
        "relevant organizations to support such implementation;",
        [("calls-upon", {"States", "InternationalOrganizations"})],
    ),
    (  # a first addressee the vocabulary knows, as before
        "SC",
        "17. Calls upon AMISOM to undertake, and upon the AU to ensure, regular monitoring and prompt and thorough "
        "investigations into allegations of violations;",
        [("calls-upon", {"AMISOM", "AfricanUnion"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_a_second_addressee_after_an_unknown_one(organ, text, expected):
    r = resolution(text, date="2025-12-15", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
