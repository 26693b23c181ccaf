"""Who supports, assists, facilitates or leads the addressee, named after a comma, is not asked:
"encourages Member States, supported by the United Nations, to develop national laws" (A/RES/77/29 op
12) asks the States; "urges flexibility and engagement by the sides and the relevant involved parties,
facilitated by UNFICYP, to develop a ... proposal" (S/RES/2587 (2021) op 6) the sides (the agents of a
nominal activity, test_nominal_activity_agent_asked.py), not UNFICYP; "Requests the
President of the General Assembly, supported by the Secretariat and in collaboration with UN-Energy ...,
to support" (A/RES/78/157 op 38) the President; "Calls upon the Government of Timor-Leste, assisted by
UNMIT, to continue" (S/RES/1745 (2007) op 4) the Government. A second addressee after the clause is
still asked.
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "GA",
        "Encourages Member States, supported by the United Nations, to develop national laws and policies on "
        "internal displacement;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "SC",
        "Urges flexibility and engagement by the sides and the relevant involved parties, facilitated by UNFICYP, "
        "to develop a suitably acceptable proposal;",
        [("urges", {"PartiesToConflict"})],
    ),
    (
        "GA",
        "Requests the President of the General Assembly, supported by the Secretariat and in collaboration with "
        "UN-Energy and relevant United Nations system entities, to support the preparations for the global "
        "stocktaking;",
        [("requests", {"PresidentGeneralAssembly"})],
    ),
    (
        "SC",
        "Calls upon the Government of Timor-Leste, assisted by UNMIT, to continue working on a comprehensive "
        "review of the security sector;",
        [("calls-upon", {"state:TLS"})],
    ),
    (
        "HRC",
        "Requests the Special Rapporteur, supported by additional human rights experts, and the Secretary-General "
        "to continue to monitor the situation;",
        [("requests", {"SpecialProcedures", "SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_supported_by_is_no_addressee(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
