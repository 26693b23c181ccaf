"""Review of stop 47, finding 6: 7801884's comment and commit said an urging "to inform the Committee by 25 June 2008"
is no report because it is no request; the code refuses it because the Committee is no organ informed there
(report_addressed._ORGAN). The golds count urgings and encouragements to report ("Encourages all Member States to report
to the Committee", heldout4 12 op 35), so an urging to inform the Council by a date is a report, as a request is; the
comment now says so. (A comment fix: this table pins the reading, and passes before.)"""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Urges all States to inform the Council by 25 June 2020 of the steps they have taken;",
        [("States", "SecurityCouncil", "2020-06-25")],
    ),
    (
        "1. Encourages Member States to inform it by 25 June 2020 of the steps they have taken;",
        [("MemberStates", "SecurityCouncil", "2020-06-25")],
    ),
    # negative: the Committee informed is no report (S/RES/1810 (2008) op 5, heldout18 08)
    ("1. Urges all States to inform the Committee by 25 June 2020 of the steps they have taken;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_urging_to_inform_by_a_date(text, expected):
    r = resolution(text, date="2020-01-01", organ="SC")
    assert reports(r, "by", "to", "due") == expected
