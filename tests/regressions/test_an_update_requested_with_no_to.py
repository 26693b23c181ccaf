"""A report asked in a subjunctive with no "that" and no "to": "and requests the parties update the AUHIP and the
Special Envoy of the Secretary-General for the Horn of Africa on the steps outlined below" (S/RES/2416 (2018) op 6,
2445 (2018) op 7, 2469 (2019) op 8; heldout31 18 op 7) gave no report: "update" is read as a verb when the bodies
right after "requests" are its subject, as after "that"; one update per receiver, by the parties. Not a report noun
after other words ("requests the parties' update"), nor a thing updated ("Requests the GSF Special Representative update
the concept of operations", S/RES/2793 (2025)), nor after the noun "requests" (review51 8)."""

from tests.snippets import reports, resolution

TEXT = (
    "1. Expresses disappointment that the parties have taken few steps to implement the Agreement, and requests the "
    "parties update the AUHIP and the Special Envoy of the Secretary-General for the Horn of Africa on the steps "
    "outlined below;"
)


def test_update_requested_with_no_to():
    r = resolution(TEXT, date="2018-11-14")
    assert reports(r, "by", "to", "due") == [
        ("PartiesToConflict", "AUHIP", None),
        ("PartiesToConflict", "SpecialEnvoys", None),
    ]


def test_update_asked_with_to_is_unchanged():
    r = resolution("1. Requests the Secretary-General to update the Council on the steps taken;", date="2018-11-14")
    assert reports(r, "by", "to") == [("SecretaryGeneral", "SecurityCouncil")]


def test_no_subject_no_update():
    r = resolution("1. Requests the parties' update of the plan to be shared;", date="2018-11-14")
    assert reports(r, "by", "to") == []


def test_a_report_asked_with_no_to_has_its_reporter():
    r = resolution(
        "1. Decides to extend the mandate of the Panel of Experts established by resolution 1874 (2009) until "
        "1 July 2019;\n\n2. Requests the Committee to consider the Panel's findings, and requests the Panel of "
        "Experts report to the Committee by 1 June 2019;",
        date="2018-11-14",
    )
    assert ("PanelOfExperts1874", "SanctionsCommittee", "2019-06-01") in reports(r, "by", "to", "due")


def test_a_thing_updated_is_no_report():
    for text in (
        "1. Requests the GSF Special Representative update the concept of operations;",
        "1. Requests the Committee update the list regularly;",
    ):
        assert reports(resolution(text, date="2025-10-01"), "by", "to") == []


def test_the_noun_requests_is_no_subjunctive():
    for text in (
        "1. Requests the Secretary-General to consider the requests the parties update the Committee on the steps taken;",
        "1. Requests the Secretary-General to respond to any requests the parties update the Council on;",
    ):
        assert reports(resolution(text, date="2018-11-14"), "by", "to") == []
