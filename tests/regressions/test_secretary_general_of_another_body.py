"""The Secretary-General of another body is that body's officer, asked as the body (as "the President of the
Mechanism", "the Director of X", addressees.OFFICER), not the Secretary-General of the United Nations: "invites the
Secretary-General of ICAO and the Chair of the CTC to brief the Council" (S/RES/2309 (2016) op 11), "Requests the
Secretary General of the IMO to brief the Council" (S/RES/1897 (2009) op 18), "the Secretary-General of the
Caribbean Community" (A/RES/75/323 op 5). The United Nations' own ("the Secretary-General of the United Nations and
the Secretary-General of the Caribbean Community") and the Secretary-General's act ("the establishment by the
Secretary-General of the High-level Task Force") are his."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1373 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 73/1,\n\n1. "

CASES = [
    (
        SC,
        "Requests the Counter-Terrorism Committee (CTC) to hold a Special Meeting, and invites the Secretary-General "
        "of ICAO and the Chair of the CTC to brief the Council;",
        [{"SanctionsCommittee"}, {"UNFundsProgrammes", "SanctionsCommittee"}],
    ),
    (SC, "Requests the Secretary General of the IMO to brief the Council;", [{"UNFundsProgrammes"}]),
    (
        GA,
        "Requests the Secretary-General of the United Nations and the Secretary-General of the Caribbean Community to "
        "continue their cooperation;",
        [{"SecretaryGeneral", "InternationalOrganizations"}],
    ),
    (
        GA,
        "Welcomes the establishment by the Secretary-General of the High-level Task Force, and requests the "
        "Secretary-General to report;",
        [{"SecretaryGeneral"}],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_secretary_general_of_another_body(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert [a for _, a in mandates(r, "verb", "addressees", as_sets=True)] == expected
