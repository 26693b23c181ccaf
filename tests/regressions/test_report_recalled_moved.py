"""A report another resolution asked, recalled in the paragraph and asked again at a later session, was lost (report_
redelivered.asked gave up on any report named before the clause, and read no session as the report's time): "Recalls
Human Rights Council resolution 53/26, in which the Council requested the United Nations High Commissioner for Human
Rights to present a report at its fifty-ninth session, and requests the High Commissioner to present that report at its
sixty-third session" (A/HRC/RES/59/2 op 51, heldout31 29; its sixtieth, 56/1 op 44). The report named before is the
recalled request's (RECALLED_ASK), and the session said after "that report" is its time (SESSION_AFTER): a report due,
to the Council at the later session. A report the paragraph itself asked and names again stays one."""

import pytest

from tests.snippets import reports, resolution

RECALL = (
    "Recalls Human Rights Council resolution 53/26, in which the Council requested the United Nations High"
    " Commissioner for Human Rights to present a report at its fifty-ninth session, and requests the High"
    " Commissioner to present that report at its "
)
CASES = [
    (RECALL + "sixty-third session, to be followed by an enhanced interactive dialogue;", [(63, 2026)]),
    (RECALL + "sixtieth session;", [(60, 2025)]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_recalled_moved(text, expected):
    r = resolution("1. " + text, date="2025-07-04", organ="HRC")
    assert reports(r, "session", "year") == expected


def test_own_report_named_again_stays_one():
    text = (
        "Requests the High Commissioner to prepare a report on the situation, and requests the High Commissioner to"
        " present that report at its sixtieth session;"
    )
    assert len(reports(resolution("1. " + text, date="2025-07-04", organ="HRC"), "by")) == 1
