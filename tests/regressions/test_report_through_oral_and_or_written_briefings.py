"""A report verb whose means are "oral and/or written briefings", with no article ("Directs CTED to report to the CTC
in a timely manner, on a regular basis or when the CTC so requests, through oral and/or written briefings on the work
of CTED", S/RES/2395 (2017) op 11, again in 2129 (2013) op 9, 2617 (2021) op 17 and 1963 (2010) op 15), gave two
reports: a written one to the Committee and an oral one to the Council, the speaking organ, as if the briefings were
asked besides. They are how the one report is given (report_words.means_of_verb, as "report ... through a briefing"
already read), and in either form (report_forms.EITHER): one report to the Committee, form "either"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2395 (2017) op 11
        "2017-12-21",
        "11. Directs CTED to report to the CTC in a timely manner, on a regular basis or when the CTC so requests, "
        "through oral and/or written briefings on the work of CTED, including its visits to Member States, and to "
        "conduct an annual review and forecast of activities;",
        [(11, "CTED", "SanctionsCommittee", None, "either")],
    ),
    (  # S/RES/1963 (2010) op 15
        "2010-12-20",
        "15. Encourages CTED to continue to report to the Committee, on a regular basis or when the Committee so "
        "requests, through oral and/or written briefings on the work of CTED, including its visits to Member States, "
        "the conduct of workshops and other activities;",
        [(15, "CTED", "SanctionsCommittee", None, "either")],
    ),
    (  # the briefing with an article was already the verb's report (S/RES/2030 (2011) op 17)
        "2011-12-21",
        "17. Requests the Secretary-General to report on progress made in implementing this resolution and the mandate "
        "of UNIOGBIS through a briefing in March 2012, a report in July 2012 and every six months thereafter;",
        [
            (17, "SecretaryGeneral", "SecurityCouncil", "2012-03", "oral"),
            (17, "SecretaryGeneral", "SecurityCouncil", "2012-07", "written"),
        ],
    ),
    (  # means of keeping informed stay reports of their own (S/RES/2540 (2020) op 16)
        "2020-08-28",
        "16. Requests the Secretary-General to keep the Security Council regularly informed on the implementation of "
        "this resolution, including through oral updates and no fewer than four written reports, with the first "
        "written report due by 15 November and every 90 days thereafter;",
        [
            (16, "SecretaryGeneral", "SecurityCouncil", None, "oral"),
            (16, "SecretaryGeneral", "SecurityCouncil", "2020-11-15", "written"),
        ],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_through_oral_and_or_written_briefings(date, text, expected):
    r = resolution(text, date=date)
    assert reports(r, "op", "by", "to", "due", "form") == expected
