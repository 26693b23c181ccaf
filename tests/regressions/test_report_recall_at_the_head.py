"""A request recalled at the head of a paragraph hid the paragraph's own report named after it, and "Also recalls"
was never read (report_redelivered.RECALLED_ASK, 0c050fe; review 49, finding 6): "Recalls its resolution 53/26, in
which it requested the High Commissioner to present a report, and requests the Special Rapporteur to submit a report to
the Council at its fifty-sixth session, and requests the High Commissioner to present that report at its fifty-ninth
session" gave a second report for "that report", the paragraph's own; "Also recalls ..., in which the Council requested
... , and requests the High Commissioner to present that report at its sixtieth session" gave none (the pattern was
case-sensitive, so its "Also" prefix matched only "Also Recalls"). The recalled request's report is the one named
before only where no report is named past the recalled clause; the adverb takes "recalls" in lower case. The wording
0c050fe read (A/HRC/RES/56/1 op 44, the last row) still gives the report at the later session."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Recalls its resolution 53/26, in which it requested the High Commissioner to present a report, and requests the"
        " Special Rapporteur to submit a report to the Council at its fifty-sixth session, and requests the High"
        " Commissioner to present that report at its fifty-ninth session;",
        [("SpecialProcedures", "HumanRightsCouncil", 56)],
    ),
    (
        "Also recalls its resolution 53/26, in which the Council requested the High Commissioner to present a report at"
        " its fifty-ninth session, and requests the High Commissioner to present that report at its sixtieth session;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60)],
    ),
    (
        "Further recalls its resolution 53/26, in which the Council requested the High Commissioner to present a report"
        " at its fifty-ninth session, and requests the High Commissioner to present that report at its sixtieth"
        " session;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60)],
    ),
    # the paragraph's own report, asked past the recalled clause and named again: one
    (
        "Recalls its resolution 53/26, in which it decided to convene a panel discussion at its fifty-eighth session, and"
        " requests the Office of the High Commissioner to prepare a summary report, and to present that report at its"
        " fifty-ninth session;",
        [("OHCHR", "HumanRightsCouncil", 59)],
    ),
    (
        "Recalls Human Rights Council resolution 53/26, in which the Council requested the United Nations High"
        " Commissioner for Human Rights to present a report at its fifty-ninth session, and requests the High"
        " Commissioner to present that report at its sixtieth session;",
        [("HighCommissionerHumanRights", "HumanRightsCouncil", 60)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_recall_at_the_head(text, expected):
    r = resolution("1. " + text, date="2024-04-04", organ="HRC")
    assert reports(r, "by", "to", "session") == expected
