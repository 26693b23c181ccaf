"""heldout24 23 (A/RES/77/205 op 17): "invites the Human Rights Council, through the Chair of the Working Group, to
continue to submit a report on the work of the Working Group to the General Assembly, and in this regard invites the
Chair of the Working Group to engage in an interactive dialogue with the Assembly under the item entitled ... at its
seventy-eighth session": the report is due at the session of the dialogue on it, 78 (the gold); the session is said
in the next clause ("in this regard invites"), which the report's clause does not hold (report_sessions.
DIALOGUE_ON_IT). The Assembly's yearly text on the Working Group of Experts on People of African Descent (A/RES/74/137
op 12 to 80/193 op 32) has the same words. A report whose own clause names its session keeps it."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "17. Takes note of the report of the Working Group of Experts on People of African Descent, invites the Human "
        "Rights Council, through the Chair of the Working Group, to continue to submit a report on the work of the "
        "Working Group to the General Assembly, and in this regard invites the Chair of the Working Group to engage in "
        "an interactive dialogue with the Assembly under the item entitled “Elimination of racism, racial "
        "discrimination, xenophobia and related intolerance” at its seventy-eighth session;",
        [("HumanRightsCouncil", "GeneralAssembly", 78, 2023)],
    ),
    (  # its own session first
        "17. Requests the Secretary-General to submit a report to the General Assembly at its seventy-ninth session, "
        "and in this regard invites the Chair of the Working Group to engage in an interactive dialogue with the "
        "Assembly at its seventy-eighth session;",
        [("SecretaryGeneral", "GeneralAssembly", 79, 2024)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_session_of_the_dialogue_on_it(text, expected):
    r = resolution(text, date="2022-12-16", organ="GA")
    assert reports(r, "by", "to", "session", "year") == expected


def test_the_dialogue_pattern_is_linear():
    from resgraph.extract import report_sessions
    from tests.growth import LINEAR, growth

    assert (
        growth(lambda n: "in this regard invites " + "x " * n + "y", report_sessions.DIALOGUE_ON_IT.search, 1000)
        < LINEAR
    )
