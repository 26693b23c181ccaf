"""Third held-out gold (E/RES/2022/17 ops 20, 22; E/RES/2022/6 op 60): a report to an ECOSOC body
that adopts no resolution cited as an organ's ("a progress report to the Forum at its eighteenth
session", "submit to the Commission for Social Development, for its consideration at its
sixty-first session, a report") lost its session and year: the session was taken for the Council's,
whose sessions go by year. The bodies' calendars are data (actors.yaml `calendar`); "Encourages the
Forum" in a forest resolution that names the Forum only in its title and in "members of the United
Nations Forum on Forests" (a Member States alias) is the United Nations Forum on Forests."""

import pytest

from resgraph.vocab import load
from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "20. Recalls paragraph 13 of Council resolution 2020/14, and requests the Forum secretariat to provide a "
        "progress report to the Forum at its eighteenth session;",
        [(20, "UNFFSecretariat", "UNFF", 18, 2023)],
    ),
    (
        "60. Requests the Secretary-General to submit to the Commission for Social Development, for its "
        "consideration at its sixty-first session, an action-oriented report with recommendations;",
        [(60, "SecretaryGeneral", "CSocD", 61, 2023)],
    ),
    (
        "11. Requests the Secretary-General to report on the progress towards the objectives of the present "
        "resolution to the Statistical Commission at its fifty-eighth session;",
        [(11, "SecretaryGeneral", "StatisticalCommission", 58, 2027)],
    ),
    (
        "7. Requests the Secretary-General to submit a report to the Commission on Science and Technology for "
        "Development at its twenty-ninth session;",
        [(7, "SecretaryGeneral", "CSTD", 29, 2026)],
    ),
    (  # the Council's own sessions still go by year
        "2. Requests the Secretary-General to report to the Council at its 2026 session;",
        [(2, "SecretaryGeneral", "ECOSOC", 2026, 2026)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_commission_session_and_year(text, expected):
    r = resolution(text, date="2022-07-21", organ="ECOSOC", preamble="Recalling its resolution 2015/33,")
    assert reports(r, "op", "by", "to", "session", "year") == expected


@pytest.mark.parametrize(
    "actor,session,year",
    [("UNFF", 8, 2009), ("UNFF", 15, 2020), ("UNFF", 19, 2024), ("CSocD", 64, 2026), ("CEPA", 23, 2024)],
)
def test_calendar_years(actor, session, year):
    assert load().calendars[actor].session_year(session) == year


def test_the_forum_of_a_forest_resolution():
    r = resolution(
        "1. Invites members of the United Nations Forum on Forests to accelerate efforts;\n\n"
        "9. Encourages the Forum to enhance its multilingual communication in its work;",
        date="2022-07-21",
        organ="ECOSOC",
        preamble="Recalling its resolution 2015/33,",
    )
    assert mandates(r, "op", "addressees") == [(1, ("MemberStates",)), (9, ("UNFF",))]
