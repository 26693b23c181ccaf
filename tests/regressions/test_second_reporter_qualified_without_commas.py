"""Found in heldout14 (05: S/RES/2801 (2025) ops 15, 16, the Yemen Panel's renewal): "the Panel of Experts, and as
appropriate the Committee Chair, to present" asks two bodies, "as appropriate" qualifying the second with no commas of
its own, and each presents its own report (one item per reporter, as "the Secretary-General and the Panel to report"
gives two). The addressee window ended at ", and as", and the list of reporters read the Panel as its Committee (the
vocabulary's alias), so the two were one."""

import pytest

from tests.snippets import mandates, reports, resolution

PREAMBLE = "Recalling the mandate of the Panel of Experts established pursuant to resolution 2140 (2014),"
CASES = [
    (
        "15. Requests the Panel of Experts, and as appropriate the Committee Chair, to present to the Council by 15 April "
        "2026 a report and advice on dual-use components;",
        [{"PanelOfExperts2140", "SanctionsCommittee"}],
        [
            ("PanelOfExperts2140", "SecurityCouncil", "2026-04-15"),
            ("SanctionsCommittee", "SecurityCouncil", "2026-04-15"),
        ],
    ),
]


@pytest.mark.parametrize("text,asked,expected", CASES)
def test_second_reporter_qualified_without_commas(text, asked, expected):
    r = resolution(text, date="2025-11-12", preamble=PREAMBLE)
    assert mandates(r, "addressees", as_sets=True) == asked
    assert sorted(reports(r, "by", "to", "due")) == expected
