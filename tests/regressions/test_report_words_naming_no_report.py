"""Report words that ask for no report were read as reports: "reporting to" a purpose ("human rights
monitoring and reporting to advance disarmament", S/RES/2743 (2024) op 6, the heldout4 gold; "encourages
timely reporting to allow for the Council to", S/RES/2520 (2020) op 36; "the country-level task force on
monitoring and reporting to consider including in its reports", S/RES/1998 (2011) op 8), what the
reports just asked are to hold ("further requests in this regard, specific reporting on, 1) progress on
joint operations", S/RES/2520 op 36, S/RES/2472 (2019) op 32), and an item of a list of channels
("including through improved web access, outreach, workshops, open briefings", S/RES/2617 (2021) op 19).
A receiver after "reporting to" still makes a report."""

import pytest

from tests.snippets import reports, resolution

SC = [
    (
        "6. Encourages BINUH to continue to implement key tasks, including advisory support, human rights "
        "monitoring and reporting to advance disarmament, demobilization and reintegration;",
        [],
    ),
    (
        "36. Requests the AU to keep the Security Council informed every 90 days, through the Secretary-General, on "
        "the implementation of AMISOM's mandate, through no fewer than three written reports, with the first "
        "written report no later than 15 August 2020, and further requests in this regard, specific reporting on, "
        "1) progress on joint operations, 2) measures taken to protect civilians, and encourages timely reporting "
        "to allow for the Council to take into account AU perspectives;",
        [("AfricanUnion", "SecurityCouncil", "2020-08-15", "P90D")],
    ),
    (
        "19. Directs CTED to enhance sharing of its findings with Member States, as appropriate, including through "
        "improved web access, outreach, workshops, open briefings, and utilization of the CTED Global Research "
        "Network;",
        [],
    ),
    (
        "8. Invites the United Nations country-level task force on monitoring and reporting to consider including "
        "in its reports the relevant information provided by the government concerned;",
        [],
    ),
    # a receiver after "reporting to", the reports of a number, and the means of reporting with a cycle, still count
    (
        "39. Requests the African Union to keep the Security Council informed every 90 days, through the "
        "Secretary-General, on the implementation of AMISOM's mandate, through no fewer than three, detailed written "
        "reports, with the first no later than 1 May 2021;",
        [("AfricanUnion", "SecurityCouncil", "2021-05-01", "P90D")],
    ),
    (
        "5. Requests enhanced reporting to the Security Council by the Secretary-General on this issue;",
        [("SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        "7. Requests the Secretary-General to keep the Council informed, including through oral updates and "
        "written reports every 90 days;",
        [("SecretaryGeneral", "SecurityCouncil", None, None), ("SecretaryGeneral", "SecurityCouncil", None, "P90D")],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_report_words_naming_no_report(text, expected):
    assert reports(resolution(text, date="2020-05-29"), "by", "to", "due", "every") == expected
