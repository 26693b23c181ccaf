"""Found in heldout9 (16: S/RES/2250 (2015) op 20): "to make the results of this study available to the Security
Council and all Member States of the United Nations" hands the study to them, a report to each (README: a report to
the Council and one to others joined by "and" are two): a study is a report only where handed (report_handed), and
"available to" hands it; "and all Member States" is joined to the first receiver as "and Member States" is."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests the Secretary-General to carry out a progress study on the youth's positive contribution to "
        "peace processes, and further requests the Secretary-General to make the results of this study available to "
        "the Security Council and all Member States of the United Nations;",
        [("SecretaryGeneral", "SecurityCouncil", "written"), ("SecretaryGeneral", "MemberStates", "written")],
    ),
    (
        "20. Requests the Secretary-General to submit a report to the Security Council and all Member States;",
        [("SecretaryGeneral", "SecurityCouncil", "written"), ("SecretaryGeneral", "MemberStates", "written")],
    ),
    (  # a study made available to no one named: no report
        "20. Requests the Secretary-General to carry out a study and to make it publicly available;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_made_available_to_each(text, expected):
    assert sorted(reports(resolution(text, date="2015-12-09"), "by", "to", "form")) == sorted(expected)
