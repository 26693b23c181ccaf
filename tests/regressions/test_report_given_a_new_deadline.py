"""A report another text asked for, given a new deadline here, was no report due: "Extends to 15 August 2017 the
deadline for the submission of the final report of the Group of Experts requested in paragraph 9 of resolution 2293
(2016)" (S/RES/2360 (2017) op 5, heldout44 19) and "noting that references to midterm and final reports of the Panel of
Experts should be updated to 31 January 2026 and 15 June 2026, respectively" (S/RES/2789 (2025) op 1, heldout9 05): no
verb of the directive list asks them. The golds count each a report due on its new date, one per date, by the body
whose report it is (the document's panel for "the Group of Experts"), to the receiver named with it or the organ that
speaks, written for a report (a mid-term update says no form). Not a deadline of something other than a report
("the deadline for nominations of ad litem judges", S/RES/1597 (2005) op 2, heldout18 13), a reporting request renewed
until a date (report_renewed: no due), a report's consideration deferred, nor a report a clause already reads with
that date. A date is a report's deadline only before "for" or a delivery ("the date for the submission of"), not "the
date of the report"; a deadline in the passive only as its subject, not after a preposition ("from the deadline for
...") nor with a relative clause's passive after it ("whose mandate is extended to": review of stop 62)."""

import pytest

from tests.snippets import reports, resolution

PANEL = "Recalling its resolution 2127 (2013) establishing the Panel of Experts,"
GROUP = "Recalling its resolution 1533 (2004) establishing the Group of Experts,"
CASES = [
    (  # S/RES/2360 (2017) op 5
        "5. Extends to 15 August 2017 the deadline for the submission of the final report of the Group of Experts "
        "requested in paragraph 9 of resolution 2293 (2016), given the extraordinary circumstances under which the "
        "Group of Experts is currently operating;",
        GROUP,
        [(5, "GroupOfExperts1533", "SecurityCouncil", "2017-08-15", "written")],
    ),
    (  # S/RES/2789 (2025) op 1: one report per new date
        "1. Decides to extend, until 31 August 2026, the mandate of the Panel of Experts as set forth in paragraph 6 of "
        "resolution 2745 (2024), and reaffirms paragraphs 1, 3, 5, and 7 through 12 of resolution 2745 (2024), noting "
        "that references to midterm and final reports of the Panel of Experts should be updated to 31 January 2026 and "
        "15 June 2026, respectively;",
        PANEL,
        [
            (1, "PanelOfExperts2127", "SecurityCouncil", "2026-01-31", "written"),
            (1, "PanelOfExperts2127", "SecurityCouncil", "2026-06-15", "written"),
        ],
    ),
    (  # the new date after the report; a receiver named with it
        "2. Decides to extend the deadline for the submission of the report of the Secretary-General to the Committee "
        "requested in paragraph 9 of resolution 2293 (2016) to 15 August 2017;",
        PANEL,
        [(2, "SecretaryGeneral", "SanctionsCommittee", "2017-08-15", "written")],
    ),
    (  # in the passive, no reporter named: the organ's reporter; a day and month, the year the first after adoption
        "2. Decides that the deadline for the submission of the midterm update requested in paragraph 9 of resolution "
        "2293 (2016) shall be extended to 15 August;",
        PANEL,
        [(2, "SecretaryGeneral", "SecurityCouncil", "2017-08-15", None)],
    ),
    (  # the same report a clause reads with the same date: once
        "3. Requests the Secretary-General to submit his report by 15 August 2017, and extends to 15 August 2017 the "
        "deadline for the submission of that report;",
        PANEL,
        [(3, "SecretaryGeneral", "SecurityCouncil", "2017-08-15", "written")],
    ),
    # near misses: no report's deadline
    (
        "2. Decides further to the Secretary-General's letter of 11 April 2005 (S/2005/236) to extend the deadline for "
        "nominations of ad litem judges under the amended provision of the Statute for a further 30 days from the date "
        "of the adoption of this resolution;",
        PANEL,
        [],
    ),
    (
        "1. Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15, 2025;",
        PANEL,
        [(1, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    ("3. Decides to defer consideration of the report of the Secretary-General until 15 August 2017;", PANEL, []),
    ("3. Extends the deadline for the submission of the final report of the Group of Experts;", GROUP, []),
    (  # the date of the next clause, the mandate's: none
        "1. Decides to extend the deadline for the submission of the final report of the Panel of Experts, and to "
        "extend the mandate of the Panel until 31 August 2018;",
        PANEL,
        [],
    ),
    (
        "1. Takes note of the date of the report of the Secretary-General, and decides that the mandate of MINUSCA "
        "shall be extended until 15 November 2017;",
        PANEL,
        [],
    ),
    (  # a new date another resolution set, recalled: none
        "1. Notes that the deadline for the submission of the final report of the Group of Experts has been extended "
        "to 15 August 2017 by resolution 2360 (2017);",
        GROUP,
        [],
    ),
    # a date is a report's time before "for" or a delivery (review of stop 62: "date" read as a deadline anywhere)
    (
        "1. Decides to move to 15 August 2017 the date for the submission of the final report of the Group of Experts "
        "requested in paragraph 9 of resolution 2293 (2016);",
        GROUP,
        [(1, "GroupOfExperts1533", "SecurityCouncil", "2017-08-15", "written")],
    ),
    (  # the date a time is counted from, the object of "from": the measures' new date, no report's
        "1. Decides that the measures shall apply for 90 days from the date of the final report of the Group of "
        "Experts and may thereafter be extended to 31 December 2017;",
        GROUP,
        [],
    ),
    (  # a deadline the object of "from", no subject of the passive after it
        "1. Decides that the measures shall apply for 90 days from the deadline for the submission of the final report "
        "of the Group of Experts and may thereafter be extended to 31 December 2017;",
        GROUP,
        [],
    ),
    (  # a passive of a relative clause, the mandate's: none
        "1. Recalls the deadline for the submission of the final report of the Group of Experts, whose mandate is "
        "extended to 15 August 2017;",
        GROUP,
        [],
    ),
    # the report something else's object: none
    (
        "1. Decides to postpone to 15 August 2017 the date of consideration of the report of the Secretary-General;",
        PANEL,
        [],
    ),
    (
        "1. Decides to extend to 15 August 2017 the deadline for the submission of comments on the report of the "
        "Secretary-General;",
        PANEL,
        [],
    ),
    (  # Member States' reports (read by the clause, no due) and no Secretary-General's
        "1. Decides to extend to 31 December 2017 the deadline for Member States to report to the Committee;",
        PANEL,
        [(1, "MemberStates", "SanctionsCommittee", None, "written")],
    ),
    (  # a relative clause a comma closes before the passive: the deadline's passive still
        "1. Decides that the deadline for the final report of the Group of Experts, which was requested in paragraph 9 "
        "of resolution 2293 (2016), is extended to 15 August 2017;",
        GROUP,
        [(1, "GroupOfExperts1533", "SecurityCouncil", "2017-08-15", "written")],
    ),
    (  # "the date of" the report as the extending verb's object (its reporter as "Decides to extend ... the deadline
        # for the final report" reads it)
        "2. Decides to extend to 15 August 2017 the date of the final report of the Group of Experts;",
        GROUP,
        [(2, "SanctionsCommittee", "SecurityCouncil", "2017-08-15", "written")],
    ),
]


@pytest.mark.parametrize(("text", "preamble", "want"), CASES)
def test_a_report_given_a_new_deadline_is_due_then(text, preamble, want):
    r = resolution(text, date="2017-06-21", preamble=preamble)
    assert reports(r, "op", "by", "to", "due", "form") == want
