"""Found in heldout9 (26: A/RES/78/102 op 26, and its yearly twins since 74/181; 04: S/RES/2745 (2024) op 7, and
the Libya Panel's renewals since 2196): a report given "during the briefing at its seventy-ninth session" is oral,
not written; "progress updates, as appropriate" do not say their form (README: "form ... left out when the text does
not say"), though a progress update is still a report asked for."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "26. Requests the Secretary-General to report to the Sixth Committee on available victim assistance and "
        "support during the briefing at its seventy-ninth session;",
        [("SecretaryGeneral", "SixthCommittee", "oral")],
    ),
    (
        "SC",
        "7. Requests the Panel of Experts to provide to the Council, after discussion with the Committee, a midterm "
        "report no later than 31 January 2025, a final report no later than 15 June 2025, and progress updates, as "
        "appropriate;",
        [("SanctionsCommittee", "SecurityCouncil", "written")] * 2 + [("SanctionsCommittee", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_form_said_or_not(organ, text, expected):
    assert reports(resolution(text, date="2024-06-20", organ=organ), "by", "to", "form") == expected
