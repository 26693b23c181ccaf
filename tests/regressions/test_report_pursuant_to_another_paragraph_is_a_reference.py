"""A report noun named by the paragraph of the same text that asks for it ("reports pursuant to paragraph 11 (a)
above") refers to that paragraph's report, counted there: "Requests the Secretary-General: ... (d) To address
reminders to States where such violations have occurred if reports pursuant to paragraph 11 (a) above or follow-up
reports pursuant to paragraph 11 (b) above have not been made within a reasonable period of time" (A/RES/75/139 op 12,
77/108, 79/124) read a report of the Secretary-General to States, the reminder's receivers taken for the report's. A
report with an article of its own ("a report pursuant to paragraph 11 above by"), the verb ("to report pursuant to")
and one another resolution's paragraph bases ("pursuant to paragraph 6 of resolution 1455 (2003)") stay."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "12. Requests the Secretary-General:\n(a) To send, without delay, a circular note to all States reminding them "
        "of the request contained in paragraph 11 above;\n(d) To address reminders to States where such violations "
        "have occurred if reports pursuant to paragraph 11 (a) above or follow-up reports pursuant to paragraph 11 (b) "
        "above have not been made within a reasonable period of time;",
        [],
    ),
    (
        "12. Requests the Secretary-General to address reminders to States whose reports pursuant to paragraph 11 of "
        "the present resolution are overdue;",
        [],
    ),
    (  # must not take: a report with an article of its own, and a time
        "12. Requests the Secretary-General to submit a report pursuant to paragraph 11 above by 1 June 2021;",
        [(12, "SecretaryGeneral", "GeneralAssembly", "2021-06-01")],
    ),
    (  # must not take: the verb
        "12. Requests the Secretary-General to report to the General Assembly pursuant to paragraph 11 above by 1 June "
        "2021;",
        [(12, "SecretaryGeneral", "GeneralAssembly", "2021-06-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_pursuant_to_another_paragraph_is_a_reference(text, expected):
    r = resolution(text, date="2020-12-15", organ="GA")
    assert reports(r, "op", "by", "to", "due") == expected
