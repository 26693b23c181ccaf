"""A report at each of the receiver's sessions, and dated ones added after ", and": "to continue to present an oral
update ... to the Human Rights Council at each of its sessions, until its sixty-fifth session, and before the end of
2025 and 2026" (A/HRC/RES/59/22 op 2) gave the two dated updates only, the one at each session lost; now it is one
more, with no due (report_standing), as the same words with no date are read. Sessions with a first date and no
", and" ("at each of its sessions, starting by 30 June 2026") stay one dated report."""

import pytest

from tests.snippets import reports, resolution

UKRAINE = (
    "2. Requests the Office of the High Commissioner for Human Rights to continue to present an oral update on the "
    "findings of each of the reports of the Office of the High Commissioner on the situation of human rights in Ukraine "
    "to the Human Rights Council at each of its sessions, until its sixty-fifth session{}, each to be followed by an "
    "interactive dialogue."
)
CASES = [
    (
        UKRAINE.format(", and before the end of 2025 and 2026"),
        "HRC",
        [
            ("HumanRightsCouncil", None, "oral"),
            ("HumanRightsCouncil", "2025", "oral"),
            ("HumanRightsCouncil", "2026", "oral"),
        ],
    ),
    # no date: the one standing update, as before
    (UKRAINE.format(""), "HRC", [("HumanRightsCouncil", None, "oral")]),
    # the first of the series dated, no ", and": one report
    (
        "2. Requests the Secretary-General to report to the Human Rights Council at each of its sessions, starting by "
        "30 June 2026.",
        "HRC",
        [("HumanRightsCouncil", "2026-06-30", "written")],
    ),
    # another body's sessions (review52-B): the Working Group meets at each of its sessions; one report, dated
    (
        "2. Requests the Special Rapporteur to report to the Human Rights Council on the discussions held by the "
        "Working Group at each of its sessions, and by 30 June 2026;",
        "HRC",
        [("HumanRightsCouncil", "2026-06-30", "written")],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_standing_report_beside_dated_ones(text, organ, expected):
    r = resolution(text, date="2025-07-08", organ=organ)
    assert reports(r, "to", "due", "form") == expected
