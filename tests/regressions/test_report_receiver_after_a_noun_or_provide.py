"""The receiver of a report, faults found beside the held-out gold's: "to continue to report
violations of the SOFA or obstructions to UNMISS on a monthly basis" (S/RES/2514 (2020) op 40 and
six UNMISS renewals) sent the report to UNMISS; "to provide the Council by 15 September 2026 ... a
report detailing ... an eventual handover of tasks to the CAR Government" (S/RES/2800 (2025) op
48) to the Government; "to provide to it a report ... including an update on the continued
transition of the security responsibilities to the Government of Côte d’Ivoire" (S/RES/2284 (2016)
op 36) to Côte d'Ivoire. "provide the Secretary-General ... with a report" names its receiver
(A/RES/74/24 op 1); "provide Member States with full details" does not (S/RES/1295 (2000) op 16)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "40. Requests the Secretary-General to continue to report violations of the SOFA or obstructions to UNMISS on "
        "a monthly basis;",
        [(40, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "SC",
        "48. Requests the Secretary-General to provide the Council by 15 September 2026 a report detailing MINUSCA’s "
        "plans for an eventual handover of tasks to the CAR Government or UN Country Team;",
        [(48, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "SC",
        "36. Requests the Secretary-General to provide to it a report by 31 January 2017 on the implementation of the "
        "mandate of UNOCI, including an update on the continued transition of the security responsibilities to the "
        "Government of Côte d’Ivoire;",
        [(36, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "GA",
        "1. Calls upon Member States to provide the Secretary-General, by 30 April annually, with a report on their "
        "military expenditures for the latest fiscal year;",
        [(1, "MemberStates", "SecretaryGeneral")],
    ),
    (
        "SC",
        "16. Invites the Government of Angola to provide Member States with full details of the Certificate of Origin "
        "scheme and to brief the Committee on this scheme;",
        [(16, "state:AGO", "SanctionsCommittee")],
    ),
]
PREAMBLE = "Recalling the Committee established pursuant to resolution 864 (1993),"


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_receiver_of_a_report(organ, text, expected):
    r = resolution(text, date="2016-06-30", organ=organ, preamble=PREAMBLE)
    assert reports(r, "op", "by", "to") == expected
