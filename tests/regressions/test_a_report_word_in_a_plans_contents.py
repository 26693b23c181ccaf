"""A report word opening an item of a list given inline of what a thing asked for is to hold, after "to include:",
"including:" or "containing:" with no report asked before the colon, is a part of that thing, no report of its own
(report_contents.listed_part, read by report_triggers): "to provide the Committee ... within 10 days of the date of
adoption of this resolution with an action plan for its future work to include: – plans for ample consultations ...;
– an assessment of possible violations ..." (S/RES/1439 (2002) op 3, heldout37 05: the plan is no report, README "What
counts": "submit ... a plan"; its assessment was read as a report due 2002-10-28). As the list of a report asked
before the colon is that report's (test_a_report_word_in_an_inline_contents_list). Kept: the items of a list opened
otherwise ("to provide the following: (a) a written report"), an item that asks with a verb of its own ("including:
(a) to submit a report"), an item with a time or receiver of its own ("including: (a) a written report to the Council
by 1 May 2008", review55-C finding 2, as in_contents keeps one), and a report asked with no list at all. The list's
opening may be "including:", "to include:", "containing:", "includes:", "contains:", "include, inter alia:" or
"including on:", its first item with no marker."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/1439 (2002) op 3, heldout37 05 (the dashes as the reader gives them)
        "3. Requests the monitoring mechanism to provide the Committee established pursuant to resolution 864 (1993) "
        "(hereinafter referred to as “the Committee”) within 10 days of the date of adoption of this resolution with "
        "an action plan for its future work to include: – plans for ample consultations in Angola between members of "
        "the monitoring mechanism and representatives of both the Government of Angola and UNITA; – an assessment of "
        "possible violations of existing measures imposed against UNITA that may have occurred since the signing of "
        "the Memorandum of Understanding of 4 April 2002; – details on renewed efforts to locate UNITA funds and "
        "financial resources currently frozen pursuant to existing measures;\n\n4. Requests further the monitoring "
        "mechanism to provide a further additional report to the Committee by 13 December 2002;",
        "2002-10-18",
        [(4, "MonitoringMechanismAngola", "SanctionsCommittee", "2002-12-13")],
    ),
    (  # the same list, its first item a report word, lettered: a completion strategy (S/RES/1793 (2007) op 2's words)
        "2. Requests the Secretary-General to submit by 31 January 2008 a completion strategy for UNIOSIL including: "
        "(a) an assessment of the security situation; (b) at least a 20 per cent reduction in staff numbers;",
        "2007-12-21",
        [],
    ),
    (  # the same, the report word in a second item after "; and"
        "2. Requests the Secretary-General to submit by 31 January 2008 a completion strategy for UNIOSIL including: "
        "(a) benchmarks for the drawdown; and (b) an assessment of the security situation;",
        "2007-12-21",
        [],
    ),
    (  # the same, "which includes:" and a first item with no marker
        "2. Requests the Secretary-General to submit by 31 January 2008 a completion strategy for UNIOSIL, which "
        "includes: an assessment of the security situation;",
        "2007-12-21",
        [],
    ),
    (  # guard: an item with a time and receiver of its own after a non-report ask (review55-C finding 2)
        "5. Requests the Secretary-General to keep the Council regularly informed of the situation, including: (a) a "
        "written report to the Council by 1 May 2008; (b) an oral briefing by 1 June 2008;",
        "2007-12-21",
        [
            (5, "SecretaryGeneral", "SecurityCouncil", "2008-05-01"),
            (5, "SecretaryGeneral", "SecurityCouncil", "2008-06-01"),
        ],
    ),
    (  # guard: the same after a task: a report with a time of its own
        "5. Requests the Secretary-General to carry out the following tasks, including: (a) to assist the "
        "Committee; (b) a midterm report to the Committee by 1 May 2008;",
        "2007-12-21",
        [(5, "SecretaryGeneral", "SanctionsCommittee", "2008-05-01")],
    ),
    (  # guard: a list opened by "the following": its items are the reports asked
        "5. Requests the Secretary-General to provide the following: (a) a written report to the Council by 1 May "
        "2008; (b) an oral briefing by 1 June 2008;",
        "2007-12-21",
        [
            (5, "SecretaryGeneral", "SecurityCouncil", "2008-05-01"),
            (5, "SecretaryGeneral", "SecurityCouncil", "2008-06-01"),
        ],
    ),
    (  # guard: an item that asks for the report with a verb of its own
        "6. Requests the Secretary-General to take the necessary measures, including: (a) to submit a report to the "
        "Council by 1 July 2008;",
        "2007-12-21",
        [(6, "SecretaryGeneral", "SecurityCouncil", "2008-07-01")],
    ),
    (  # guard: no list; the same words asked as a report
        "7. Requests the Secretary-General to provide the Council by 1 July 2008 with an assessment of the security "
        "situation, including the plans of the Government;",
        "2007-12-21",
        [(7, "SecretaryGeneral", "SecurityCouncil", "2008-07-01")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_a_report_word_in_the_contents_of_a_thing_asked(text, date, expected):
    assert reports(resolution(text, date=date), "op", "by", "to", "due") == expected
