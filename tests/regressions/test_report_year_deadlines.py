"""A report due by the end of a year or of a session, as the survey of report requests on corpus-full found them
unread: "to submit a report by the end of 2016" (S/RES/2185 (2014) op 33, 2382 op 16: due the year, as the gold
README writes a year alone), "before the end of the year" (2347 op 22: the year of the adoption), "oral updates ...
before the end of 2024 and before the end of 2025" (A/HRC/RES/57/36 op 15: one each); "before the end of its
seventy-fifth session" (A/RES/74/248 op 5, 77/252 op 7, 79/241 op 5: the session). Not a year a delay falls in
("within two years and no later than the end of 2021", S/RES/2467 (2019) op 18: adoption + 2 years), nor the date of
a thing to be held ("informal briefings to be held before the end of 2009", 1882 op 19: the Working Group's
meetings, no report of their own)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "33. Requests the Secretary-General to submit a report by the end of 2016 on the role of policing;",
        "2014-11-20",
        "SC",
        [("SecurityCouncil", "2016", None, None)],
    ),
    (
        "22. Requests the Secretary-General to submit to the Council a report on the implementation of the present "
        "resolution before the end of the year;",
        "2017-03-24",
        "SC",
        [("SecurityCouncil", "2017", None, None)],
    ),
    (
        "15. Requests the High Commissioner to present to the Human Rights Council oral updates, to be followed by "
        "an interactive dialogue before the end of 2024 and before the end of 2025;",
        "2024-10-11",
        "HRC",
        [("HumanRightsCouncil", "2024", None, None), ("HumanRightsCouncil", "2025", None, None)],
    ),
    (
        "5. Requests the Secretary-General to report to the General Assembly before the end of its seventy-fifth "
        "session on progress made;",
        "2019-12-27",
        "GA",
        [("GeneralAssembly", None, 75, 2020)],
    ),
    (
        "18. Requests the Secretary-General to report to the Security Council on these issues within two years "
        "and no later than the end of 2021;",
        "2019-04-23",
        "SC",
        [("SecurityCouncil", "2021-04-23", None, None)],
    ),
    (
        "19. Requests the Secretary-General to submit a report by May 2010 on the implementation of its "
        "resolutions, bearing in mind the views expressed by all the members of the Working Group during informal "
        "briefings to be held before the end of 2009;",
        "2009-08-04",
        "SC",
        [("SecurityCouncil", "2010-05", None, None)],
    ),
]


@pytest.mark.parametrize("text,date,organ,want", CASES)
def test_a_report_due_by_the_end_of_a_year_or_session(text, date, organ, want):
    assert reports(resolution(text, date=date, organ=organ), "to", "due", "session", "year") == want
