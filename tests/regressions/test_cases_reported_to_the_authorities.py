"""Cases reported to national authorities are no report due: "encourage them to report to the appropriate authorities
cases in which they believe that women or girls are at risk" (A/RES/75/160 op 14, 77/195 op 18, 79/153 op 18), "to
encourage journalists and media workers to report threats and attacks against them to the relevant authorities"
(A/HRC/RES/59/15 op 10), "for health-care professionals to report any confirmed or suspected case of trafficking
... to the relevant authorities" (A/RES/77/236 op 12, 79/189 op 13), "to build public trust in relation to engaging
with and reporting to law enforcement authorities" (A/RES/77/233 op 16, E/RES/2022/14 op 16). The national
authorities (NationalAuthorities) receive no report (report_receivers.NO_RECEIVERS); what States are asked to report
with no receiver is no report to an organ either. A report to an organ beside them stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "14. Calls upon States to train health and social workers, and to ensure that they provide competent services "
        "and care to all women and girls at risk, and encourage them to report to the appropriate authorities cases in "
        "which they believe that women or girls are at risk;",
        [],
    ),
    (
        "10. Also calls upon States to encourage journalists and media workers to report threats and attacks against "
        "them to the relevant authorities or agencies or through relevant platforms;",
        [],
    ),
    (  # a report to the Assembly stays
        "11. Requests the Secretary-General to report to the General Assembly at its seventy-sixth session on the "
        "implementation of the present resolution;",
        [(11, "SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cases_reported_to_the_authorities_are_no_report(text, expected):
    r = resolution(text, date="2020-12-16", organ="GA")
    assert reports(r, "op", "by", "to") == expected
