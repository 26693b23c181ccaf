"""The Kimberley Process's own Working Group on Monitoring: "requests the KP Chair of the Working Group on Monitoring
to periodically update the Committee on the work of the KP CAR Monitoring Team" (S/RES/2262 (2016) op 18, S/RES/2339
(2017) op 23, S/RES/2399 (2018) op 27, the Central African Republic sanctions texts) asked the Process and a special
procedure of the Human Rights Council: "Working Group on" is an alias of SpecialProcedures (the Council's working
groups on mercenaries, on disappearances). The Working Group on Monitoring is the Process's (actors.yaml
KimberleyProcess), so its Chair asks the Process alone; the Human Rights Council's working groups are unchanged."""

import pytest

from tests.snippets import mandates, resolution

SC = "The Security Council"
GA = "The General Assembly"

CASES = [
    (
        "18. Recognizes the KP’s decision that CAR may resume trade in rough diamonds from “compliant zones”, notes "
        "that the KP intends to keep the Security Council informed of its decisions and, thereby, requests the KP Chair "
        "of the Working Group on Monitoring to periodically update the Committee on the work of the KP CAR Monitoring "
        "Team;",
        SC,
        [("requests", ("KimberleyProcess",))],
    ),
    (
        "23. Requests the Chair of the Working Group on Monitoring of the Kimberley Process to update the Committee;",
        SC,
        [("requests", ("KimberleyProcess",))],
    ),
    # a working group of the Human Rights Council is still a special procedure
    (
        "15. Requests the Working Group on the use of mercenaries to continue to monitor mercenaries and to report to "
        "the General Assembly at its seventy-fifth session;",
        GA,
        [("requests", ("SpecialProcedures",))],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_kp_working_group_on_monitoring(text, organ, expected):
    r = resolution(text, date="2017-01-27", organ=organ)
    assert mandates(r, "verb", "addressees") == expected
