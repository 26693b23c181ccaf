"""A receiver whose name goes on with the organ it belongs to, then a second receiver: "to submit a report to the
Third Committee of the General Assembly at its eightieth session and to the Council at its sixty-first session"
(A/HRC/RES/58/20 op 54, heldout8 29, a blind miss; A/HRC/RES/55/20 op 46). "of the General Assembly" broke the join
of the two receivers, and the Council's report was lost. The Main Committees sit in the Assembly's sessions
(actors.yaml `calendar` of GACommittees): the eightieth is 2025, also where the Assembly is not named."""

from tests.snippets import reports, resolution

TEXT = (
    "54. Requests the Special Rapporteur to present an oral update to the Council at its fifty-ninth session and to "
    "submit a report to the Third Committee of the General Assembly at its eightieth session and to the Council at "
    "its sixty-first session, in accordance with its annual programme of work;\n\n55. Requests the Special Rapporteur "
    "to submit a report to the Third Committee at its eightieth session;"
)


def test_the_second_receiver_after_a_committee_of_an_organ():
    r = resolution(TEXT, date="2025-04-04", organ="HRC")
    assert reports(r, "op", "to", "session", "year", "form") == [
        (54, "HumanRightsCouncil", 59, 2025, "oral"),
        (54, "GACommittees", 80, 2025, "written"),
        (54, "HumanRightsCouncil", 61, 2026, "written"),
        (55, "GACommittees", 80, 2025, "written"),
    ]
