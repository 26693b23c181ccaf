"""Fifth held-out gold (tests/mandate_gold/heldout5). "Encourages the CAR authorities to accelerate the
effective implementation of the RCPCA and relevant partners to support the efforts of the CAR authorities"
(S/RES/2605 (2021) op 21): a second addressee after the first's infinitive, joined by "and" with no comma,
was lost (only ", and" was read). Not where the infinitive's verb takes an object and an infinitive of its
own ("Calls upon Member States to encourage individuals and private entities to ensure", A/RES/74/248 op
4), nor inside a name ("enhanced support to troop and police contributing countries to deploy"). Modifiers
coordinated before a head no alias ends: "international and regional economic, financial and monetary
institutions" (A/HRC/RES/56/22 op 10: financial institutions); "business entities" are the private sector
(op 9)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "Security Council",
        "21. Encourages the CAR authorities to accelerate the effective implementation of the RCPCA and relevant "
        "partners to support the efforts of the CAR authorities through the RCPCA Secretariat;",
        [("encourages", ("state:CAF", "DevelopmentPartners"))],
    ),
    (
        "Security Council",
        "7. Welcomes the efforts to date of the Afghan authorities, and urges the Afghan authorities to make further "
        "efforts in that regard and Member States to support its implementation with the necessary resources;",
        [("urges", ("state:AFG", "MemberStates"))],
    ),
    (
        "General Assembly",
        "4. Calls upon Member States to encourage individuals and private entities to ensure that any relevant "
        "records are made available for review by the Eminent Person;",
        [("calls-upon", ("MemberStates",))],
    ),
    (
        "Human Rights Council",
        "10. Encourages international and regional economic, financial and monetary institutions and their member "
        "States to consider adopting human rights-based approaches;",
        [("encourages", ("InternationalFinancialInstitutions", "MemberStates"))],
    ),
    (
        "Human Rights Council",
        "9. Encourages business entities to contribute to tax justice by complying with their fiscal obligations;",
        [("encourages", ("CivilSociety",))],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_second_addressee_after_and_and_bare_heads(organ, text, expected):
    r = resolution(text, date="2021-11-12", organ=f"The {organ}")
    assert mandates(r, "verb", "addressees") == expected
