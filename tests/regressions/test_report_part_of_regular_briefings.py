"""Sample of 40 SC resolutions (seed 20261213): "Reiterates its request to the Secretary-General and his Special
Envoys and Special Representatives to United Nations missions, as part of their regular briefings, to update the
Council on progress in inviting women to participate" (S/RES/2171 (2014) op 19; 2122 (2013) op 2) asks what their
regular briefings are to hold, as "in his regular reports, to provide" does (tests/mandate_gold/README.md: "include in
his next report" adds to a report counted elsewhere): no report of its own. A briefing asked for on its own stays one."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "19. Reiterates its request to the Secretary-General and his Special Envoys and Special Representatives to "
        "United Nations missions, as part of their regular briefings, to update the Council on progress in inviting "
        "women to participate in discussions pertinent to the prevention and resolution of conflict;",
        [],
    ),
    (
        "20. Requests the Secretary-General to update the Council on these efforts in his regular briefings;",
        [],
    ),
    (
        "21. Requests the Secretary-General to brief the Council on progress in inviting women to participate by "
        "31 March 2015;",
        [("SecurityCouncil", "2015-03-31", "oral")],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_what_regular_briefings_hold_is_no_report(text, want):
    r = resolution(text, date="2014-08-21")
    assert reports(r, "to", "due", "form") == want
