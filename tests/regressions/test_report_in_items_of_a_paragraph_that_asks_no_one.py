"""The reports its sub-paragraphs ask for, in a paragraph that asks no one (no mandate verb): their reporter
was the addressee of the last mandate of a paragraph before. "5. Calls upon all States to report to the
Counter-Terrorism Committee ...; 6. Directs the Counter-Terrorism Committee to: ... (c) Report back to the
Council in twelve months" (S/RES/1624 (2005), survey of 2026-12-01) gave the States' report to the Council;
"5. Requests the Secretary-General to report ...; 6. Approves the return of ... dollars ..., resulting from:
... (d) An amount ... for which an assessment had been approved by the General Assembly" (A/RES/78/253 op 6)
gave a report of the Secretary-General. Now the reporter is whom the paragraph's opening "Directs",
"Instructs" or "Requires" names, and none where it names none."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Calls upon all States to report to the Counter-Terrorism Committee on the steps they have taken to "
        "implement this resolution;\n\n6. Directs the Counter-Terrorism Committee to:\n\n(a) Include in its "
        "dialogue with Member States their efforts to implement this resolution;\n\n(b) Work with Member States "
        "to help build capacity;\n\n(c) Report back to the Council in twelve months on the implementation of this "
        "resolution.",
        [
            (5, "States", "SanctionsCommittee", None),
            (6, "SanctionsCommittee", "SecurityCouncil", "2006-09-14"),
        ],
    ),
    # the paragraph's own mandate still gives its items' reporter
    (
        "6. Requests the Counter-Terrorism Committee to:\n\n(a) Work with Member States to help build capacity;"
        "\n\n(b) Report back to the Council in twelve months on the implementation of this resolution.",
        [(6, "SanctionsCommittee", "SecurityCouncil", "2006-09-14")],
    ),
    # a paragraph that directs no one: no reporter carried over from the paragraph before
    (
        "5. Requests the Secretary-General to report to the Council on the implementation of this resolution;"
        "\n\n6. Approves the return of 113,645,900 dollars as a credit against assessments to Member States, "
        "resulting from:\n\n(a) Underexpenditure in the amount of 21,485,800 dollars;\n\n(b) An amount of "
        "18,651,900 dollars approved as a commitment authority, for which an assessment had been approved by the "
        "General Assembly in its resolution 76/246 B;",
        [(5, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_items_of_a_paragraph_that_asks_no_one(text, expected):
    assert reports(resolution(text, date="2005-09-14"), "op", "by", "to", "due") == expected
