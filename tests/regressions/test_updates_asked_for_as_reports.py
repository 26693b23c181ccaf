"""Held-out gold: "further requests that the Secretary-General provides regular updates to the
Security Council" (S/RES/2423 (2018) op 5) and "urges the Government of National Accord to provide
regular updates to inform the Committee" (S/RES/2362 (2017) op 3) were no report (a bare "updates"
was taken for "to update information"); "an update report of the situation on the ground by 30
June 2013" (S/RES/2088 (2013) op 3) had no form. Updates given "in the context of the next report"
(A/RES/74/263 op 35) add to a report and are none."""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = "Recalling the Committee established pursuant to paragraph 24 of resolution 1970 (2011),"
CASES = [
    (
        "SC",
        "5. Requests the Secretary-General to take appropriate steps, and further requests that the Secretary-General "
        "provides regular updates to the Security Council on the preparation of this Pact for Peace;",
        [(5, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        "SC",
        "3. Urges the Government of Libya to provide regular updates to inform the Committee on ports, oil fields, and "
        "installations that are under its control;",
        [(3, "state:LBY", "SanctionsCommittee", None, None)],
    ),
    (
        "SC",
        "3. Further requests the Secretary-General to provide an update report of the situation on the ground by 30 "
        "June 2013 and every six months thereafter;",
        [(3, "SecretaryGeneral", "SecurityCouncil", "2013-06-30", "written")],
    ),
    (
        "GA",
        "35. Requests the Chief Executive of Pension Administration to maintain appropriate parallel characteristics "
        "of the Geneva Office and to provide updates on the issue in the context of the next report of the Pension "
        "Board;",
        [],
    ),
    ("GA", "8. Invites Member States to update information on their initiatives;", []),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_updates_asked_for(organ, text, expected):
    r = resolution(text, date="2013-01-24", organ=organ, preamble=PREAMBLE)
    assert reports(r, "op", "by", "to", "due", "form") == expected
