"""A survey of 80 operative paragraphs of corpus-full with report words (seed 20261201, outside the
three golds) found these read wrong: "to provide periodic reports ... through the Secretary-General"
(S/RES/1386 (2001) op 9: a bare plural after a delivery verb) missed; "to update orally the
Security Council ... every two months" (S/RES/1595 (2005) op 9) with no form; "to report to the
Security Council at 30-day intervals thereafter" (S/RES/1863 (2009) op 11) with no cycle; reports that add to others ("in the context of his next report", "in their regular
reporting to the Committee") counted as new; a session read from a later phrase, or on the wrong
organ's calendar."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "9. Requests the leadership of the International Security Assistance Force to provide periodic reports on "
        "progress towards the implementation of its mandate through the Secretary-General;",
        [("ISAF", "SecurityCouncil", "SecretaryGeneral", None, "written")],
    ),
    (
        "9. Requests the Secretary-General to update orally the Security Council on the progress of the Commission "
        "every two months during the operations of the Commission;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P2M", "oral")],
    ),
    (
        "11. Requests the Secretary-General to report to the Security Council at 30-day intervals thereafter on "
        "progress in the deployment of such goods and services;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P30D", "written")],
    ),
    # a report asked, then what to include in the next one (S/RES/1917 (2010) op 40): the report stays
    (
        "40. Requests the Secretary-General to report to the Council every three months on developments in "
        "Afghanistan, include in his next report, evaluation of progress made against the benchmarks;",
        [("SecretaryGeneral", "SecurityCouncil", None, "P3M", "written")],
    ),
    # a bare plural that is no delivery's object stays no report
    ("12. Requests the Secretary-General to present their relevant activities and reports;", []),
]


@pytest.mark.parametrize("text,expected_reports", CASES)
def test_survey_wording(text, expected_reports):
    r = resolution(text, date="2009-01-16")
    assert reports(r, "by", "to", "through", "every", "form") == expected_reports


# adds to reports asked for elsewhere: "report thereon in the context of his next report" (A/RES/77/260 op 22),
# "submit, in their regular reporting to the Committee, an update" (S/RES/2498 (2019) op 2)
ADDS = [
    "40. Requests the Special Rapporteur on racism to report on such challenges, successes and "
    "best practices in her next report;",
    "22. Requests the Secretary-General to report thereon in the context of his next report on the activities of "
    "the Office;",
    "2. Requests the Government of Somalia to submit, in their regular reporting to the Committee, an update on "
    "concrete actions taken to counter the financing of terrorism;",
]


@pytest.mark.parametrize("text", ADDS)
def test_a_part_of_other_reports_is_no_report(text):
    assert resolution(text, date="2022-12-30", organ="GA").reports_due == ()


# the session: the receiver's "at its sixty-fourth session" before the noun, not "convened at the sixty-first
# session" after it (A/HRC/RES/58/9 op 31); a session long over at the adoption is another organ's, no year
# (A/RES/77/128 op 70: the Committee on Information's forty-fifth, not the Assembly's of 1990)
SESSIONS = [
    (
        "The Human Rights Council",
        "31. Requests the Secretary-General to prepare and submit to the Human Rights Council, at its sixty-fourth "
        "session, a report on the question, taking into consideration the outcomes of the panel discussion to be "
        "convened at the sixty-first session;",
        (64, 2027),
    ),
    (
        "The General Assembly",
        "70. Requests the Secretary-General to accelerate the establishment of the centre in Luanda and to report on "
        "its status to the Committee on Information at its forty-fifth session;",
        (45, None),
    ),
]


@pytest.mark.parametrize("organ,text,session", SESSIONS)
def test_the_session_of_the_receiver(organ, text, session):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert reports(r, "session", "year") == [session]


def test_a_report_named_with_a_non_breaking_hyphen_is_referred_to():
    """ "to submit in his next 90‑day report updated benchmarks" (U+2011 in "90‑day", S/RES/2063 (2012)
    op 12) names the report it refers to, as "90-day" does; the report asked is the clause before's."""
    text = (
        "12. Requests the Secretary-General to continue reporting to the Council every 90 days on progress; requests "
        "the Secretary-General to submit in his next 90\u2011day report updated benchmarks for UNAMID and to include in "
        "his regular reports to the Council every 90 days thereafter an assessment of progress;"
    )
    r = resolution(text, date="2012-07-31")
    assert reports(r, "by", "every") == [("SecretaryGeneral", "P90D")]
