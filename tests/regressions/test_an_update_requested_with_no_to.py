"""A report asked in a subjunctive with no "that" and no "to": "and requests the parties update the AUHIP and the
Special Envoy of the Secretary-General for the Horn of Africa on the steps outlined below" (S/RES/2416 (2018) op 6,
2445 (2018) op 7, 2469 (2019) op 8; heldout31 18 op 7) gave no report: "update" is read as a verb when the bodies
right after "requests" are its subject, as after "that"; one update per receiver, by the parties. Not a report noun
after other words ("requests the parties' update")."""

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
