"""A report verb in a capacity a noun names, in a list of verbs: "so as to give all mission personnel the ability to
effectively recognize, report and respond to violations and abuses committed against children" (S/RES/2143 (2014) op
20, heldout34 19) asks no report (as "be able to report", test_report_in_a_capacity_of_another, and "capacity to
identify and report on instances of trafficking"); it was read as two reports to the Council, one of the United Nations
entities, one of the contributing countries. Not a report asked after the capacity with a verb of its own, nor one joined by ", and" to one verb ("the ability of the
Mission to operate, and report to the Council by 1 June": the report is asked with "assess")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Recommends that Member States include child protection in military training and standard operating "
        "procedures, as well as in military guidance as appropriate; recommends further that United Nations entities "
        "and United Nations peacekeeping troop and police-contributing countries undertake targeted and operational "
        "trainings for the preparation of United Nations mission personnel including troop and police contingents on "
        "their contribution in preventing violations against children so as to give all mission personnel the ability "
        "to effectively recognize, report and respond to violations and abuses committed against children and to "
        "successfully support child protection activities for better implementation of their respective mandates;",
        [],
    ),
    (  # three verbs, the last joined by "and"
        "8. Requests the Secretary-General to strengthen the capacity of the Mission to monitor, document and report on "
        "violations against children;",
        [],
    ),
    (  # must not take: a report asked after the capacity, by a verb of its own
        "9. Requests the Secretary-General to strengthen the capacity of the Mission to monitor, investigate and "
        "respond, and to report to the Council every three months on progress;",
        [(9, "SecretaryGeneral", "SecurityCouncil", "P3M")],
    ),
    (  # a serial comma, after two verbs listed
        "10. Requests the Secretary-General to strengthen the capacity of the Mission to monitor, document, and report "
        "on violations against children;",
        [],
    ),
    (  # must not take: one verb, then ", and report": joined to the verb that asks the assessment (review52-A 3)
        "11. Requests the Secretary-General to assess the ability of the Mission to operate, and report to the Council "
        "by 1 June 2014;",
        [(11, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
    (  # must not take: the same with "capacities of" and "no later than"
        "12. Requests the Secretary-General to review the capacities of the Mission to deploy, and report to the "
        "Council no later than 1 June 2014 on the review;",
        [(12, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_a_capacity_named_by_a_noun(text, expected):
    r = resolution(text, date="2014-03-07")
    assert reports(r, "op", "by", "to", "every") == expected
