"""Fifth held-out gold (tests/mandate_gold/heldout5): "Requests the President of the Council to continue
to maintain close contact" in the Economic and Social Council's own text (E/RES/2021/2 op 20, each year's
resolution on the Non-Self-Governing Territories) is the Council's President (a new id of the gold,
PresidentECOSOC, as PresidentGeneralAssembly), not the Council: an organ's president is data
(organs.yaml `president`), and an organ with none (the Security Council) is asked itself. Names the
vocabulary lacked: "French armed forces" (S/RES/2605 op 56: the force, not France), "the Special
Representative for Sexual Violence in Conflict" (S/RES/2713 op 28), "troop contributing countries"
(S/RES/2008 op 6), "commissions of inquiry and other relevant mechanisms of the Human Rights Council"
(A/HRC/RES/59/13 op 9: the mechanisms, not the Council)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "Economic and Social Council",
        "20. Requests the President of the Council to continue to maintain close contact on those matters with "
        "the Chair of the Special Committee and to report thereon to the Council;",
        [("requests", ("PresidentECOSOC",))],
    ),
    (
        "General Assembly",
        "14. Requests the President of the Assembly to convene a high-level meeting;",
        [("requests", ("PresidentGeneralAssembly",))],
    ),
    (
        "Security Council",
        "3. Requests the President of the Council to convey this resolution to the parties;",
        [("requests", ("SecurityCouncil",))],
    ),
    (
        "Security Council",
        "56. Authorises French armed forces, within the provisions of their existing bilateral agreement with the "
        "CAR, to use all the means to provide operational support to elements of MINUSCA;",
        [("authorizes", ("FrenchForces",))],
    ),
    (
        "Security Council",
        "28. Requests the Special Representative of the Secretary-General for Children and Armed Conflict and the "
        "Special Representative for Sexual Violence in Conflict to share relevant information with the Committee;",
        [("requests", ("SpecialRepresentatives", "SRSGSexualViolence"))],
    ),
    (
        "Security Council",
        "6. Reaffirms the inter-mission cooperation arrangements, and calls on troop contributing countries to "
        "support the efforts of the Secretary-General in this regard;",
        [("calls-upon", ("TroopPoliceContributors",))],
    ),
    (
        "Human Rights Council",
        "9. Invites all relevant special procedures, commissions of inquiry and other relevant mechanisms of the "
        "Human Rights Council and human rights treaty bodies to bear the present resolution in mind;",
        [("invites", ("SpecialProcedures", "CommissionsOfInquiry", "HumanRightsMechanisms", "TreatyBodies"))],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_presidents_and_names_the_vocabulary_lacked(organ, text, expected):
    r = resolution(text, date="2021-07-22", organ=f"The {organ}")
    assert mandates(r, "verb", "addressees") == expected
