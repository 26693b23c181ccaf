"""Two officers of one body asked to report give a report each: "Requests the President of the Mechanism to submit an
annual report to the Security Council and to the General Assembly, and the President and the Prosecutor of the
Mechanism to submit six-monthly reports to the Security Council" (S/RES/1966 (2010) op 16, heldout22 06: two
six-monthly items by IRMCT, one per reporter) gave one six-monthly item (both officers read as IRMCT)."""

from tests.snippets import reports, resolution

PRE = "Deciding to establish the International Residual Mechanism for Criminal Tribunals,"


def test_two_officers_report_each():
    text = (
        "16. Requests the President of the Mechanism to submit an annual report to the Security Council and to the "
        "General Assembly, and the President and the Prosecutor of the Mechanism to submit six-monthly reports to the "
        "Security Council on the progress of the work of the Mechanism;"
    )
    got = reports(resolution(text, date="2010-12-22", preamble=PRE), "by", "to", "every")
    assert got == [
        ("IRMCT", "SecurityCouncil", "P1Y"),
        ("IRMCT", "GeneralAssembly", "P1Y"),
        ("IRMCT", "SecurityCouncil", "P6M"),
        ("IRMCT", "SecurityCouncil", "P6M"),
    ]


def test_one_officer_one_report():
    text = "16. Requests the President of the Mechanism to submit six-monthly reports to the Security Council;"
    assert reports(resolution(text, date="2010-12-22", preamble=PRE), "by", "every") == [("IRMCT", "P6M")]
