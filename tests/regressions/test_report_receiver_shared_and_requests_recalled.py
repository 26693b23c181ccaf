"""Third held-out gold: "requests the Forum secretariat to provide regular updates on this matter and
to provide a progress report to the Forum at its eighteenth session" (E/RES/2022/17 op 20) sent the
updates to the Council that speaks: a report naming no receiver takes the receiver that the next
report of the same clause, by the same reporter, names. "invites the High Commissioner to provide
the Council with regular updates" (A/HRC/RES/58/17 op 21) gave none: "with" was read as a reference
("together with reports"). "..., and recalls its request to the High Commissioner in its resolution
55/21 to submit a comprehensive report" (op 16) gave two reports: a request of another resolution
recalled asks for nothing new."""

import pytest

from tests.snippets import reports, resolution

ECOSOC = "The Economic and Social Council"
HRC = "The Human Rights Council"
CASES = [
    (
        ECOSOC,
        "20. Requests the Forum secretariat to provide regular updates on this matter and to provide a progress "
        "report to the Forum at its eighteenth session;",
        [(20, "UNFFSecretariat", "UNFF", None), (20, "UNFFSecretariat", "UNFF", 18)],
    ),
    (  # no receiver named in the clause: the speaking organ
        ECOSOC,
        "21. Requests the Secretary-General to provide regular updates on this matter;",
        [(21, "SecretaryGeneral", "ECOSOC", None)],
    ),
    (
        HRC,
        "21. Encourages the field-based structure to continue its endeavours, and invites the High Commissioner "
        "to provide the Council with regular updates on the situation of human rights;",
        [(21, "HighCommissionerHumanRights", "HumanRightsCouncil", None)],
    ),
    (
        HRC,
        "16. Requests the High Commissioner to submit a full report to the Council at its sixty-fourth session, "
        "and recalls its request to the High Commissioner in its resolution 55/21 to submit a comprehensive "
        "report to the Council at its sixtieth session;",
        [(16, "HighCommissionerHumanRights", "HumanRightsCouncil", 64)],
    ),
    (  # "together with a report" still refers to one
        HRC,
        "17. Requests the High Commissioner to transmit the guidelines together with reports of the treaty bodies;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_receiver_shared_and_requests_recalled(organ, text, expected):
    r = resolution(text, date="2022-07-21", organ=organ, preamble="Recalling its resolution 2020/14,")
    assert reports(r, "op", "by", "to", "session") == expected
