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
report to the speaking organ (review64-D). The pair is read from each report's trigger (report_noun_pairs), not from
a count of words before "report": four ("a final independent external evaluation report", whose trigger starts at
"evaluation") or three before the first ("a comprehensive midterm progress report") sent the first to the speaking
organ. A second report with "the", the delivery verb's second object right after the first ("to submit a midterm
progress report and the evaluation report to the General Assembly", report_mentions.DELIVERED_SECOND), is a report
of its own, as "a midterm and a final report" are two (README); it was read as one referred to (REFERENCE_BEFORE)
and the pair as one item, the first's receiver the speaking organ at main 385c8d56. Near misses: "the" after a report
with a topic of its own ("a report on the plan and the final report of the Panel"), after a comma, or after a report
only noted is no pair; nor is a second report asked for elsewhere ("and the report requested in resolution 70/1", "in
paragraph 2 above"), left to report_redelivered (one item, review 65)."""

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
    (
        "4. Requests the Secretary-General to submit a midterm progress report and a final independent external "
        "evaluation report to the General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to submit a comprehensive midterm progress report and a final report to the "
        "General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to submit a midterm progress report and the evaluation report to the General "
        "Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to submit a midterm progress report and the final report to the General "
        "Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly"), (4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    # near misses
    (
        "4. Requests the Secretary-General to submit a report on the implementation of the plan and the final report "
        "of the Panel to the General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Requests the Secretary-General to submit a midterm progress report, and the final report, to the General "
        "Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "4. Takes note of a progress report and the evaluation report, and requests the Secretary-General to report to "
        "the General Assembly;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
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
    # the second report one asked for elsewhere ("requested in ...", report_redelivered): not a new one (review 65)
    (
        "4. Requests the Secretary-General to submit a progress report and the report requested in resolution 70/1;",
        [(4, "SecretaryGeneral", "HumanRightsCouncil")],
    ),
    (
        "2. Requests the Secretary-General to submit a report on the matter to the General Assembly at its "
        "seventy-third session;\n\n3. Requests the Secretary-General to submit a progress report and the report "
        "requested in paragraph 2 above;",
        [(2, "SecretaryGeneral", "GeneralAssembly"), (3, "SecretaryGeneral", "HumanRightsCouncil")],
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


def test_the_pair_patterns_are_linear():
    """The second object's lead (report_mentions.DELIVERED_SECOND, searched in the words before a report) and the
    pair's joint (report_noun_pairs, in a bounded reach) over long runs of modifiers and of "and"."""
    from resgraph.extract import report_mentions, report_noun_pairs
    from tests.growth import LINEAR, growth

    second = report_mentions.DELIVERED_SECOND.search
    assert growth(lambda n: "submit a " + "x " * n + "report and the ", second, 1000) < LINEAR
    assert growth(lambda n: "submit a " * n + "x report and the ", second, 1000) < LINEAR
    assert growth(lambda n: "and a " * n, report_noun_pairs.PAIR_AND.search, 1000) < LINEAR
    assert growth(lambda n: "a " + "x " * n + "and ", report_noun_pairs.LEFT_OUT.search, 1000) < LINEAR
