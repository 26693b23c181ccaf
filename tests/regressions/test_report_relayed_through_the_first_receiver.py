"""A report to an officer and "through" that officer to the Council was one report to the officer,
through the officer: "decides that the Head of UNSOS shall report to the Special Representative of the
Secretary-General (SRSG) on the delivery of UNSOS' mandate set out above, and through the SRSG to the
Security Council" (S/RES/2245 (2015) op 4, held-out five) is two, one to the SRSG and one to the Council
through the SRSG. A through named before its one receiver stays that report's."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "4. Agrees that UNSOS leadership should be Mogadishu-based, and in this context decides that the Head of UNSOS "
        "shall report to the Special Representative of the Secretary-General (SRSG) on the delivery of UNSOS’ mandate "
        "set out above, and through the SRSG to the Security Council;",
        [("SecurityCouncil", "SpecialRepresentatives"), ("SpecialRepresentatives", None)],
    ),
    (
        "9. Requests the Secretary-General to report, through his Special Representative, to the Security Council on "
        "the implementation of this resolution;",
        [("SecurityCouncil", "SpecialRepresentatives")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_relayed_through_the_first_receiver(text, expected):
    r = resolution(text, date="2015-11-09")
    assert sorted(facts(r.reports_due, ("to", "through")), key=str) == sorted(expected, key=str)
