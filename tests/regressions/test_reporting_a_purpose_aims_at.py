"""Reporting named as what another act aims at is no report asked for: "enhancing the consistency and accuracy of
reporting in order to achieve full annual reporting on results by the entire United Nations system" (E/RES/2023/11 op
10 (d), heldout15 20, and its yearly twins E/RES/2021/7, 2022/18, 2025/4), "strongly urges full respect for UNFICYP's
freedom of movement ..., including to ensure systematic and effective monitoring and reporting by the mission"
(S/RES/2815 (2026) op 15, heldout14 06, and 2674, 2723, 2771). The asked act itself stays a report: "requests France
to ensure reporting to the Council" (S/RES/2552 (2020) op 52)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "ECOSOC",
        "10. Calls upon the United Nations system, including its agencies, funds and programmes, within their "
        "respective mandates, to continue to work collaboratively to accelerate the full and effective mainstreaming of "
        "a gender perspective in the United Nations system, including by:\n"
        "(a) Ensuring, where relevant, that corporate and country-level strategic documents are based on robust and "
        "systematic gender analysis;\n"
        "(b) Fully implementing the System-wide Action Plan 2.0 (UN-SWAP 2.0) and enhancing the consistency and "
        "accuracy of reporting in order to achieve full annual reporting on results by the entire United Nations "
        "system, and continuing to promote the institutionalization of transparency and robust accountability systems;",
        [],
    ),
    (
        "SC",
        "15. Stresses that UNFICYP’s mandated authority extends throughout Cyprus, calls on all parties to continue to "
        "cooperate with UNFICYP, strongly urges full respect for UNFICYP’s freedom of movement throughout Cyprus and "
        "the cessation of all restrictions on the mission’s movement and access, including to ensure systematic and "
        "effective monitoring and reporting by the mission particularly on the situation in Varosha, as well as "
        "elsewhere, and requests the Secretary-General, Member States and all parties to strengthen their efforts to "
        "ensure the safety and security of UNFICYP personnel;",
        [],
    ),
    (
        "SC",
        "52. Authorises French armed forces to use all necessary means to intervene in support of elements of "
        "MINUSCA, requests France to ensure reporting to the Council on the implementation of this mandate and to "
        "coordinate its reporting with that of the Secretary-General;",
        [(52, "state:FRA", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_reporting_a_purpose_aims_at(organ, text, expected):
    r = resolution(text, date="2023-06-07", organ=organ)
    assert reports(r, "op", "by", "to") == expected
