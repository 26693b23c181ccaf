"""The second of a pair referred back to by "the above-mentioned" was read as a report asked: "Also requests the Office
of the High Commissioner to seek input from experts ... in the preparation of the above-mentioned study and report"
(A/HRC/RES/59/7 op 17, heldout31 30: op 16's report named again) and "when preparing the above-mentioned panel
discussion and report, to seek input from States" (A/HRC/RES/57/12 op 12) each gave one more report to the Council
(report_mentions.REFERENCE_BEFORE, then report_words, read "the above-mentioned" only right before the noun). A referring adjective one to
three words before "and report" refers back the pair too; a report asked ("to prepare a study and report to the
Council") is still asked."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Also requests the Office of the High Commissioner to seek input from experts from diverse geographic regions,"
        " including from States, in the preparation of the above-mentioned study and report;",
        [],
    ),
    (
        "Further requests the Office of the High Commissioner, when preparing the above-mentioned panel discussion and"
        " report, to seek input from States and local governments;",
        [],
    ),
    (
        "Requests the High Commissioner to prepare a study and report to the Council at its sixtieth session;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_pair_referred_back(text, expected):
    r = resolution("1. " + text, date="2025-07-04", organ="HRC")
    assert reports(r, "by", "to", "session") == expected
