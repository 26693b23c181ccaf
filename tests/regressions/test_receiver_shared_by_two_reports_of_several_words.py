"""Two reports joined by "and" with the receiver said once after the second go to that receiver
(report_pairs.share_coordinated): "Encourages States to submit on a voluntary basis a midterm progress report and a
final national evaluation report on the implementation of the fifth phase to the Office of the High Commissioner"
(A/HRC/RES/57/10 op 4, heldout46). "national" and "evaluation" were no report adjectives (reports.yaml
`report_adjectives`), so the second report's words were "report" alone, and the next report noun read for the pair
took at most two words before "report": the midterm report of States was dropped (no receiver), of the
Secretary-General sent to the speaking organ. Near misses: a report with its own receiver keeps it; a report and a
task of its own ("and to report") are no pair; "national" and "evaluation" are the report's words only before
"report(s)" (reports.yaml `report_noun_adjectives`): before "evaluation" they gave it an article past
report_words.modified_lead, and "a national evaluation plan" was a report that split the pair and sent the real
report to the speaking organ (review64-D). Known gap: four words before "report" ("a final independent external
evaluation report") are past report_pairs.NEXT_NOUN's three, and the first report goes to the speaking organ."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "4. Encourages States to submit on a voluntary basis a midterm progress report and a final national evaluation "
        "report on the implementation of the fifth phase to the Office of the High Commissioner, as specified in the "
        "plan of action;",
        [(4, "States", "OHCHR"), (4, "States", "OHCHR")],
    ),
    (
        "4. Requests the Secretary-General to submit a midterm progress report and a final evaluation report to the "
        "General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    # near misses
    (
        "4. Requests the Secretary-General to submit a midterm report and a final report to the General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to submit a progress report to the Human Rights Council and a final "
        "national evaluation report to the General Assembly;",
        [(4, "SecretaryGeneral", "HumanRightsCouncil"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to conduct an evaluation and to report to the General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    # a plan, not a report, after "a national evaluation": one report, to the receiver said after both
    (
        "4. Requests the Secretary-General to submit a progress report and a national evaluation plan to the General "
        "Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Encourages States to submit a midterm progress report and a final national evaluation plan on the "
        "implementation to the Office of the High Commissioner;",
        [(4, "States", "OHCHR")],
    ),
    (
        "4. Requests the Secretary-General to submit to the General Assembly a national evaluation of the programme;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_receiver_shared_by_two_reports_of_several_words(text, expected):
    r = resolution(text, date="2024-10-09", organ="HRC")
    assert reports(r, "op", "by", "to") == expected
