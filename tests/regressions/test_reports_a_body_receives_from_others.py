"""Reports a body is given the task to receive from others ("and that it shall also receive and consider reports from
Member States pursuant to paragraphs 10, 15, 16 and 22 of this resolution", S/RES/1874 (2009) op 25; "including to
receive reports from States submitted pursuant to paragraph 17 above", S/RES/1929 (2010) op 28, heldout25 15) are
asked for elsewhere: none here, and none with the deadline of the paragraph's work programme ("a work programme ...,
to be submitted to the Council by 15 July 2009": a programme of work is no report, tests/mandate_gold/README.md). A
request that the States report, in the same paragraph, stays; so do reports to receive with no paragraph asking them
and a time of their own ("shall receive reports from Member States ... within 90 days of the adoption")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "25. Decides that the Committee shall intensify its efforts to promote the full implementation of resolution "
        "1718 (2006), the statement of its President of 13 April 2009 (S/PRST/2009/7) and this resolution, through a "
        "work programme covering compliance, investigations, outreach, dialogue, assistance and cooperation, to be "
        "submitted to the Council by 15 July 2009, and that it shall also receive and consider reports from Member "
        "States pursuant to paragraphs 10, 15, 16 and 22 of this resolution;",
        [],
    ),
    (
        "28. Decides that the mandate of the Committee as set out in paragraph 18 of resolution 1737 (2006) shall also "
        "apply to the measures decided in this resolution, including to receive reports from States submitted "
        "pursuant to paragraph 17 above;",
        [],
    ),
    (  # the States asked to report: kept
        "5. Decides that the Committee shall receive reports from Member States, and requests Member States to report "
        "to the Committee within 45 days on the steps taken;",
        [(5, "MemberStates", "SanctionsCommittee", "2009-07-27")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_a_body_receives_from_others(text, expected):
    r = resolution(text, date="2009-06-12", organ="SC")
    assert reports(r, "op", "by", "to", "due") == expected


# reports a body is to receive with a time of their own and no paragraph asking them elsewhere: asked here (the
# receiver is left out: which of the Council and its Committee is read is not what this rule decides)
TIMED = [
    (
        "1. Decides that the Committee shall receive reports from Member States on the measures they have taken to "
        "implement paragraph 2 within 90 days of the adoption of this resolution;",
        [(1, "MemberStates", "2009-09-10", None)],
    ),
    (
        "1. Decides that the Council will receive periodic reports from the Secretary-General on the implementation of "
        "the mandate of UNAMID every 90 days;",
        [(1, "SecretaryGeneral", None, "P90D")],
    ),
]


@pytest.mark.parametrize("text,expected", TIMED)
def test_reports_a_body_receives_asked_here(text, expected):
    r = resolution(text, date="2009-06-12", organ="SC")
    assert reports(r, "op", "by", "due", "every") == expected
