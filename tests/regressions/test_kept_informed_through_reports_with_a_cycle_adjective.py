"""Keeping the Council informed through reports whose cycle is their adjective: "Requests the leadership of ISAF to keep
the Security Council regularly informed, through the United Nations Secretary-General, on the implementation of its
mandate, including through the timely provision of quarterly reports" (S/RES/2069 (2012) op 8, heldout22 08) asked
no report: the means of keeping informed counted as reports asked for only with a cycle after the noun ("including
through oral updates and written reports every 90 days") and at most three words after "through". A cycle adjective
of the means ("quarterly reports") is theirs as well, and "through the (timely) provision of" names the means too;
a possessive still refers to reports asked for elsewhere ("through his quarterly reports"), and keeping informed with
a cycle alone, through reports of no cycle, or through one report named ("the annual report questionnaires"), is
still none (tests/mandate_gold/README.md)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2069 (2012) op 8: ISAF's reports, through the Secretary-General
        "1. Requests the leadership of ISAF to keep the Security Council regularly informed, through the United Nations "
        "Secretary-General, on the implementation of its mandate, including through the timely provision of quarterly "
        "reports;",
        [("ISAF", "SecurityCouncil", "SecretaryGeneral", "P3M")],
    ),
    (
        "1. Requests the Secretary-General to keep the Council informed of developments, including through quarterly "
        "reports;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P3M")],
    ),
    (
        "1. Requests the Secretary-General to keep the Council informed of developments, including through the "
        "submission of annual reports to the Council;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P1Y")],
    ),
    # none
    (
        "1. Requests the Secretary-General to keep the Council informed of developments, including through his "
        "quarterly reports;",
        [],
    ),
    (
        "1. Requests the Secretary-General to keep the Council informed of developments, including through regular "
        "reports;",
        [],
    ),
    ("1. Requests the Secretary-General to keep the Council informed every six months;", []),
    (  # A/RES/75/198 op 94: one report named, a compound's first part ("annual report questionnaires")
        "1. Invites Member States to regularly report data and information relating to all aspects of the world drug "
        "problem to the Office through the annual report questionnaires;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_kept_informed_through_reports_with_a_cycle_adjective(text, expected):
    r = resolution(text, date="2012-10-09")
    assert reports(r, "by", "to", "through", "every") == expected
