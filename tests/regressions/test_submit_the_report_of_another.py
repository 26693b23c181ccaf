"""A report asked for by the body that is to write it ("to submit the report of the Special Envoy ...
to the General Assembly at its seventy-ninth session", A/RES/78/219 op 30 (b), held-out gold, and the
same words in A/RES/74/246, 75/238, 76/180, 77/227, 79/182, 80/221) was read as a mention of a
report asked for elsewhere ("the report") and lost. "the report" alone stays a mention. "to transmit the report
of the Group of Governmental Experts to the General Assembly" (A/RES/77/250 op 11, 79/21 op 9) hands on the
group's report and asks for none (heldout19 27 reads 79/21 op 9 so; report_mentions.transmitted): this file
read it as a report before, a survey reading with no gold."""

import pytest

from tests.snippets import reports, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to swiftly appoint a Special Envoy on Myanmar, and to submit the report of the "
        "Special Envoy covering all relevant issues addressed in the present resolution to the General Assembly at its "
        "seventy-ninth session;",
        [("SecretaryGeneral", "GeneralAssembly", 79, 2024)],
    ),
    (
        "Requests the Secretary-General to transmit the report of the Group of Governmental Experts to the General "
        "Assembly at its seventy-ninth session;",
        [],  # a transmittal of the group's report, no report due
    ),
    ("Requests the Secretary-General to submit the report to the General Assembly at its seventy-ninth session;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_of_another(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "by", "to", "session", "year") == expected
