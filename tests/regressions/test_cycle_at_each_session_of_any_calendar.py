"""Second held-out gold (E/RES/2024/15 ops 2 (g), 4 (e), 10 (d)): "report to the Forum at each
session" gave no cycle: the cycle was read from the organs' calendars (organs.yaml) alone, not from
the session calendars that bodies adopting no resolution carry in actors.yaml (the United Nations
Forum on Forests, the Commission for Social Development, the Statistical Commission). One lookup
(Vocabulary.calendar) now serves the session's year and the cycle "at each session" alike."""

import pytest

from resgraph.vocab import load
from tests.snippets import reports, resolution

CASES = [
    (  # E/RES/2024/15 op 4 (e)
        "4. Invites the Collaborative Partnership on Forests to report to the Forum at each session on its activities;",
        [(4, "CPF", "UNFF", "P1Y")],
    ),
    (
        "5. Requests the Secretary-General to report to the Commission for Social Development at each of its "
        "sessions on the implementation of the present resolution;",
        [(5, "SecretaryGeneral", "CSocD", "P1Y")],
    ),
    (
        "6. Requests the Secretary-General to report to the Statistical Commission at each session on progress;",
        [(6, "SecretaryGeneral", "StatisticalCommission", "P1Y")],
    ),
    (  # an organ's calendar as before: the Commission on the Status of Women meets yearly
        "7. Requests the Secretary-General to report to the Commission on the Status of Women at each session;",
        [(7, "SecretaryGeneral", "CSW", "P1Y")],
    ),
    (  # several sessions a year: no even cycle
        "8. Requests the High Commissioner to report to the Human Rights Council at each session;",
        [(8, "HighCommissionerHumanRights", "HumanRightsCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_cycle_at_each_session(text, expected):
    r = resolution(text, date="2024-07-22", organ="ECOSOC", preamble="Recalling its resolution 2015/33,")
    assert reports(r, "op", "by", "to", "every") == expected


@pytest.mark.parametrize(
    "key,label",
    [
        ("GA", "General Assembly"),  # an organ by its id
        ("GeneralAssembly", "General Assembly"),  # and by its actor id
        ("UNFF", "United Nations Forum on Forests"),  # an actor's own calendar
        ("SecretaryGeneral", None),  # no calendar
        (None, None),
    ],
)
def test_one_calendar_lookup(key, label):
    cal = load().calendar(key)
    assert (cal.label if cal else None) == label
