"""A second report joined by " and with a", no comma, with a time of its own ("to report on implementation of this
resolution no later than 30 March 2017 and with a final report three months after the transfer of any remaining funds
pursuant to paragraph 2 to the Government of Iraq", S/RES/2335 (2016) op 4, heldout32 19): two reports, the first due
2017-03-30, the final one within P3M of the transfer, no due (README: a deadline counted from another event gives
`within` alone), to the Council that speaks (the Government of Iraq receives the funds, named in the event). One
" and with a" briefing with no time of its own is the means of the report, as before. The delay's count is any the
deadlines read ("eighteen months after"); the comma form (", with a final report three months after") splits alike."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "4. Requests the Secretary-General to report on implementation of this resolution no later than 30 March 2017 "
        "and with a final report three months after the transfer of any remaining funds pursuant to paragraph 2 to the "
        "Government of Iraq, unless otherwise authorized by the Security Council;",
        [
            (4, "SecretaryGeneral", "SecurityCouncil", "2017-03-30", None),
            (4, "SecretaryGeneral", "SecurityCouncil", None, "P3M"),
        ],
    ),
    (  # no time of its own: the means, one report
        "4. Requests the Secretary-General to report to the Council no later than 30 March 2017 and with a briefing to "
        "the Committee in the coming days;",
        [(4, "SecretaryGeneral", "SecurityCouncil", "2017-03-30", None)],
    ),
    (  # any count the deadlines read: "eighteen months after"
        "4. Requests the Secretary-General to report on implementation of this resolution no later than 30 March 2017 "
        "and with a final report eighteen months after the transfer of any remaining funds;",
        [
            (4, "SecretaryGeneral", "SecurityCouncil", "2017-03-30", None),
            (4, "SecretaryGeneral", "SecurityCouncil", None, "P18M"),
        ],
    ),
    (  # the comma form alike (report_instances.dated_with reads the same times)
        "4. Requests the Secretary-General to submit a report within six months, with a final report three months "
        "after the completion of the mission mandate;",
        [
            (4, "SecretaryGeneral", "SecurityCouncil", "2017-06-13", "P6M"),
            (4, "SecretaryGeneral", "SecurityCouncil", None, "P3M"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_second_report_and_with_its_own_delay(text, expected):
    r = resolution(text, date="2016-12-13", organ="SC")
    assert reports(r, "op", "by", "to", "due", "within") == expected
