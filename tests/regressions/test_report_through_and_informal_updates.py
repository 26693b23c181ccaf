"""Two faults in who receives a report: a "through" that belongs to an earlier verb of the clause was
taken as the report's ("to ensure proper preparations for the Fifteenth Congress through the Commission
on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report to the
General Assembly at its eighty-first session", E/RES/2025/15 op 12, the heldout4 gold; A/RES/80/225 op
12); and "informal updates" were no report at all ("to provide informal updates to the Committee as
appropriate before those dates", S/RES/1961 (2010) op 6 (f), the heldout4 gold, and the Liberia panel
paragraphs before it: S/RES/1607 (2005) op 14, S/RES/1903 (2009) op 9 ...): "informal" is an adjective
of a report like "formal", the form of informal updates not said. And "visits to Member States" (CTED's
briefings "on the work of CTED, including its visits to Member States", S/RES/2395 (2017) op 11, S/RES/1963
(2010) op 15) or "missions to MONUSCO" named no receiver."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "The General Assembly",
        "12. Requests the Secretary-General to ensure proper preparations for the Fifteenth Congress through the "
        "Commission on Crime Prevention and Criminal Justice at its thirty-fifth session and to submit a report to "
        "the General Assembly at its eighty-first session;",
        [("GeneralAssembly", None, 81, "written")],
    ),
    # a "through" of the report itself stays
    (
        "The Security Council",
        "9. Requests the African Union to report to the Council, through the Secretary-General, every 90 days;",
        [("SecurityCouncil", "SecretaryGeneral", None, "written")],
    ),
    (
        "The Security Council",
        "6. Requests the Secretary-General to provide a midterm report to the Council by 1 June 2011 and a final "
        "report to the Council by 1 December 2011, and to provide informal updates to the Council as appropriate "
        "before those dates;",
        [
            ("SecurityCouncil", None, None, "written"),
            ("SecurityCouncil", None, None, "written"),
            ("SecurityCouncil", None, None, None),
        ],
    ),
    # "visits to Member States", "missions to the Government": no receivers
    (
        "The Security Council",
        "15. Requests the Secretary-General to provide oral briefings on the work of the Office, including its "
        "visits to Member States;",
        [("SecurityCouncil", None, None, "oral")],
    ),
    (
        "The Security Council",
        "7. Requests the Secretary-General to give an informal briefing to the Council;",
        [("SecurityCouncil", None, None, "oral")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_through_and_informal_updates(organ, text, expected):
    assert reports(resolution(text, date="2010-12-17", organ=organ), "to", "through", "session", "form") == expected
