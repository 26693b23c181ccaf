"""The body whose mandate someone serves under only qualifies them: it is not asked (the audit46b accuracy audit,
class 2). "Calls upon Member States deploying non-United Nations forces authorized under a Security Council mandate to
take appropriate steps" (A/RES/75/321, 76/303, 77/333 op 13) asks Member States, "the relevant authorities of
non-United Nations personnel serving under a mandate of the Security Council" (op 14 of the same, A/RES/76/274 op 92)
the authorities: the Council was asked beside them. "mandate" is a noun an alias qualifies before it
(mandates.yaml `possessed`) and whose owner after "of" qualifies it (`mandate_of`): "having due regard for the
increased mandate of the Panel of Experts" (S/RES/2216 (2015) op 22) does not ask the Panel either. The verb before its object is no such noun: "Recommends that the General Assembly
mandate the Secretary-General to convene" asks the Assembly.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 54/1,\n\n1. "

CASES = [
    (
        GA,
        "Calls upon Member States deploying non-United Nations forces authorized under a Security Council mandate to "
        "take appropriate steps to investigate allegations of sexual exploitation and abuse;",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        GA,
        "Calls upon Member States, including those deploying non-United Nations forces authorized under a Security "
        "Council mandate, to take appropriate and timely steps to investigate allegations;",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        GA,
        "Encourages the Secretary-General to strengthen coordination across United Nations entities, and encourages "
        "the relevant authorities of non-United Nations personnel serving under a mandate of the Security Council to "
        "provide adequate and immediate assistance and support to victims;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"NationalAuthorities"})],
    ),
    (
        HRC,
        "Calls upon troop-contributing countries and international forces acting under the mandate of the Security "
        "Council to take the necessary measures to prevent such acts;",
        # (the forces themselves are international security forces, heldout29 A/HRC/RES/54/31 op 12's gold)
        [("calls-upon", {"TroopPoliceContributors", "InternationalSecurityForces"})],
    ),
    (
        SC,
        "Requests the Secretary-General, having due regard for the increased mandate of the Panel of Experts, to "
        "increase the Panel to five members;",
        [("requests", {"SecretaryGeneral"})],
    ),
    # the verb "mandate" before its object is no noun the body qualifies (review of stop 46, finding 4)
    (
        HRC,
        "Recommends that the General Assembly mandate the Secretary-General to convene a high-level meeting in 2026;",
        [("recommends", {"GeneralAssembly"})],
    ),
    (
        GA,
        "Requests that the Human Rights Council mandate a commission of inquiry;",
        [("requests", {"HumanRightsCouncil"})],
    ),
    # a body named as a party beside the forces is still asked
    (
        GA,
        "Calls upon Member States and the Security Council to take appropriate steps;",
        [("calls-upon", {"MemberStates", "SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_mandate_owner_qualifies(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
