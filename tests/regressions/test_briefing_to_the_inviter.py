"""A briefing the addressee is asked to invite another to give to itself ("Encourages its relevant Sanctions Committees
to continue to invite the Special Representative ... to brief them", S/RES/1998 (2011) op 9 (d), heldout32 15: none) is
no report the organ asks for; with a receiver named and a time of its own it is ("Encourages the Chair of the CTC to
invite UNOCT at the most senior level to brief the CTC on a twice annual basis", S/RES/2395 (2017) op 19)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "9. (d) Encourages its relevant Sanctions Committees to continue to invite the Special Representative of the "
        "Secretary-General for Children and Armed Conflict to brief them on specific information pertaining to her "
        "mandate that is relevant to the work of the Committees;",
        "SC",
        [],
    ),
    (  # a receiver named and a time of its own: asked
        "19. Encourages the Chair of the CTC to invite UNOCT at the most senior level to brief the CTC on a twice "
        "annual basis on UNOCT’s work;",
        "SC",
        "kept",
    ),
    (  # the organ itself invites: its own briefing, asked
        "1. Decides to invite the Special Representative of the Secretary-General for Children and Armed Conflict to "
        "brief it on the situation;",
        "SC",
        [(1, "SpecialRepresentatives", "SecurityCouncil", "oral")],
    ),
    (
        "1. Decides to continue to invite the Chair of the Peacebuilding Commission to brief it on the work of the "
        "Commission;",
        "SC",
        [(1, "PeacebuildingCommission", "SecurityCouncil", "oral")],
    ),
    (  # a deadline of its own: asked (which of the Committee and the Panel reports is not what this rule decides)
        "1. Requests the Committee to invite the Panel of Experts to report to it within 90 days on its findings;",
        "SC",
        "timed",
    ),
]


@pytest.mark.parametrize(("text", "organ", "want"), CASES)
def test_briefing_to_the_inviter(text, organ, want):
    r = resolution(text, date="2011-07-12", organ=organ)
    got = reports(r, "op", "by", "to", "form")
    if want == "timed":
        assert reports(r, "op", "due") == [(1, "2011-10-10")]
    elif want == "kept":
        assert [(op, by, to) for op, by, to, _ in got] == [(19, "UNOCT", "SanctionsCommittee")]
    else:
        assert got == want
