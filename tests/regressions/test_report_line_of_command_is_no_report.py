"""heldout17 08 (S/RES/1542 (2004)) op 4: "requests further that the military component report directly to the Special
Representative through the force commander" is "a line of command, not a report due" (the gold); so is "a Regional
Protection Force ..., which will report to the overall UNMISS Force Commander" (2304 (2016) op 8, heldout21 15), and the
head of UNSOA's lines of reporting that "with ... continuing to report to the Department of Field Support ..., and
reporting to the Special Representative" describes (2093 (2013) op 20, heldout16 18: "described, not asked for"). The
extractor read a written report of the mission to the Special Representative, of UNMISS to the Council, and of UNSOS to
the Department and to the Special Representative (report_within.COMMAND_LINE, DESCRIBED_SUBJECT). A report to the
Council on a commander's findings, and a head's report asked by "shall report to", stay; so do (review Y4) a report to
the Council with a commander named after the receiver ("in consultation with", "through", "jointly with" the Force
Commander), and a "with ... continuing to report" to the Council or a Committee on a schedule."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2004-04-30",
        "4. Requests the Secretary-General to appoint a Special Representative in Haiti who will have overall authority "
        "on the ground for the coordination and conduct of all the activities of the United Nations agencies, funds "
        "and programmes in Haiti, and requests further that the military component report directly to the Special "
        "Representative through the force commander;",
        [],
    ),
    (
        "2016-08-12",
        "8. Decides further that UNMISS shall include, consistent with paragraph 7 above, a Regional Protection Force "
        "established for an initial period until 15 December 2016, which will report to the overall UNMISS Force "
        "Commander, to be based in Juba, with the responsibility of providing a secure environment in and around Juba;",
        [],
    ),
    (
        "2013-05-02",
        "20. Decides that UNSOA shall be integrated within the framework of the new United Nations Mission, with the "
        "head of UNSOA continuing to report to the Department of Field Support on the delivery of the AMISOM "
        "logistical support package, and reporting to the Special Representative of the Secretary-General on "
        "logistical support to the new United Nations Mission;",
        [],
    ),
    (  # near miss: a report to the Council on what a commander found
        "2016-08-12",
        "9. Requests the Secretary-General to report to the Council on the Force Commander's assessment of the "
        "security situation within 30 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: a head asked to report, no commander and no "with ... continuing to"
        "2015-11-09",
        "4. Decides that the Head of UNSOS shall report to the Special Representative of the Secretary-General "
        "(SRSG) on the delivery of UNSOS' mandate set out above, and through the SRSG to the Security Council;",
        [("UNSOS", "SpecialRepresentatives"), ("UNSOS", "SecurityCouncil")],
    ),
    (  # near miss: the commander named after the receiver, not as it (review Y4)
        "2015-10-13",
        "9. Requests the Secretary-General to report to the Council in consultation with the Force Commander "
        "within 30 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: the commander's assessment the report carries
        "2015-10-13",
        "9. Requests the Secretary-General to report to the Council with the Force Commander's assessment "
        "within 30 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: through a commander to the Council, with a time
        "2015-10-13",
        "9. Requests the Secretary-General to report to the Council through the Force Commander within 30 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: jointly with a commander
        "2015-10-13",
        "9. Requests the Special Representative to report to the Council jointly with the Force Commander "
        "every 90 days;",
        [("SpecialRepresentatives", "SecurityCouncil")],
    ),
    (  # near miss: "with ... continuing to report" to the Council on a schedule (review Y4)
        "2015-10-13",
        "9. Decides to renew the authorization until 1 June 2016, with the Secretary-General continuing to "
        "report to the Council every six months;",
        [(None, "SecurityCouncil")],
    ),
    (  # near miss: ... to a Committee on a schedule
        "2015-10-13",
        "9. Decides to extend the mandate of the Panel until 1 June 2016, with the Panel continuing to report"
        " to the Committee every 90 days;",
        [("SecurityCouncil", "SanctionsCommittee")],
    ),
    (  # near miss: a bare "and report" after a described line, not the gerund joined
        "2015-10-13",
        "9. Decides that the Mission shall continue to operate, with the Special Representative continuing to"
        " lead the Mission and coordinate the United Nations system, and report to the Council every 90 days;",
        [(None, "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_line_of_command_is_no_report(date, text, expected):
    r = resolution(text, date=date, organ="SC")
    assert sorted(reports(r, "by", "to")) == sorted(expected)
