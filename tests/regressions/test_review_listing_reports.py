"""review46 finding 9: "review" among reports.yaml listing_contents matched anywhere before a colon, so the reports a
paragraph lists after "to conduct a strategic review of the Mission, and to provide the following: (a) a written
report ...; (b) an oral briefing" (and after the verb "Decides to review the mandate of the Panel and requests it to
submit to the Committee the following:") were read as what the review is to hold and dropped. A review noun holds the
list only right before "including" or "containing", no delivery verb between (report_contents.CONTENTS_COLON,
reports.yaml listing_reviews): "with an independent strategic review of MONUSCO, including: (i) An assessment"
(S/RES/2463 (2019) op 45) is still one report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "4. Requests the Secretary-General to conduct a strategic review of the Mission, and to provide the "
        "following:\n\n(a) a written report to the Security Council on the review;\n\n(b) an oral briefing to the "
        "Council on progress;",
        ["written", "oral"],
    ),
    (
        "4. Decides to review the mandate of the Panel and requests it to submit to the Committee the following:\n\n"
        "(a) a midterm update;\n\n(b) a final report;",
        [None, "written"],
    ),
    (
        "45. Requests the Secretary-General to conduct and provide the Security Council, no later than 20 October "
        "2019, with an independent strategic review of MONUSCO, including:\n\n(i) An assessment of the continued "
        "relevance of all mandated tasks;\n\n(ii) A proposal for an exit strategy;",
        ["written"],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_review_listing_reports(text, expected):
    r = resolution(text, date="2024-12-20", organ="SC")
    assert reports(r, "form") == expected
