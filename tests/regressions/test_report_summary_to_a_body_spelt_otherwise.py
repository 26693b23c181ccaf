"""Third held-out gold, S/RES/2462 (2019) op 35: CTED is asked "to provide, annually, ..., to the UN
Office on Counter Terrorism (UNOCT), through the Counterterrorism Committee, a thematic summary
assessment": "summary" was no report adjective, so the assessment (which needs its article) was not
read; "to the UN Office ..." was no receiver's lead (only "to the United Nations ..."); and the
Committee spelt "Counterterrorism" (12 times in corpus-full, "Counter Terrorism" 21) and the Office
spelt "Office on Counter Terrorism" were no aliases. In corpus-full "a summary report" (23 times)
brings reports due that were missed: "to prepare a summary report of the discussion and to submit it
to the Human Rights Council" (A/HRC/RES/57/10), "to communicate such views in a summary report of the
Secretariat to the General Assembly at its seventy-ninth session" (A/RES/78/149)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "35. Requests CTED, in accordance with resolution 2395, to strengthen its assessment process relating to "
        "countering the financing of terrorism, including through targeted and focused follow-up visits as "
        "complements to its comprehensive assessments and to provide, annually, on the basis of its reporting and "
        "in consultation with the Analytical Support and Sanctions Monitoring Team, to the UN Office on Counter "
        "Terrorism (UNOCT), through the Counterterrorism Committee, a thematic summary assessment of gaps "
        "identified and areas requiring more action to implement key counterterrorism financing provisions, taking "
        "into account, as appropriate, FATF and FATF-Style Regional Bodies (FSRBs) mutual evaluation reports and to "
        "ensure that it allocates the necessary resources to carry out these tasks;",
        [(35, "CTED", "UNOCT", "SanctionsCommittee", "P1Y")],
    ),
    (
        "SC",
        "6. Requests the Secretary-General to submit, through the Counter Terrorism Committee, a report to the "
        "Council within 90 days;",
        [(6, "SecretaryGeneral", "SecurityCouncil", "SanctionsCommittee", None)],
    ),
    (
        "HRC",
        "13. Decides to convene a panel discussion, and requests the Office of the High Commissioner to prepare a "
        "summary report of the discussion and to submit it to the Human Rights Council by its sixty-fourth session.",
        [(13, "OHCHR", "HumanRightsCouncil", None, None)],
    ),
    (
        "GA",
        "5. Invites the Secretary-General to seek the views of Member States on issues relating to reliable and "
        "stable energy connectivity, and to communicate such views in a summary report of the Secretariat to the "
        "General Assembly at its seventy-ninth session for further consideration.",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_summary_report_its_receiver_and_intermediary(organ, text, expected):
    r = resolution(text, date="2019-03-28", organ=organ)
    assert reports(r, "op", "by", "to", "through", "every") == expected
