"""heldout26 06 (S/RES/1336 (2001) op 4): "Requests the monitoring mechanism to report periodically to the Committee
..., and to provide a written addendum to the final report, by 19 April 2001": two items in the gold, the periodic
reports to the Committee and the addendum due 2001-04-19 (to the Council: no receiver named in the paragraph); "addendum"
was no report word, the addendum was missed and its date given to the periodic reports. Now an addendum is a report
where a lead and a delivery verb ask for it (reports.yaml keywords, needs_lead; report_words.delivered, as an
overview): also A/RES/74/301 op 54 "to submit to the Assembly in 2021 an addendum on the comprehensive review"; not "the
elaboration of an addendum to the Revised United Nations Manual" (A/RES/79/176 op 4) nor "the addendum thereto"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2001-01-23",
        "4. Requests the monitoring mechanism to report periodically to the Committee established pursuant to "
        "resolution 864 (1993), and to provide a written addendum to the final report, by 19 April 2001;",
        [("SanctionsCommittee", None, "written"), ("SecurityCouncil", "2001-04-19", "written")],
    ),
    (
        "GA",
        "2020-09-03",
        "54. Requests the Secretary-General to submit to the General Assembly, on an annual basis, a comprehensive and "
        "action-oriented report on the implementation of the present resolution, and to submit to the Assembly in 2021 "
        "an addendum on the comprehensive review of international support to the New Partnership;",
        [("GeneralAssembly", None, "written"), ("GeneralAssembly", "2021", "written")],
    ),
    (
        "GA",
        "2024-12-17",
        "4. Encourages the Office of the United Nations High Commissioner for Human Rights to initiate an expert-led "
        "process towards the elaboration of an addendum to the Revised United Nations Manual on the Effective Prevention "
        "and Investigation of Extralegal, Arbitrary and Summary Executions, providing specific guidance to all "
        "professionals with investigation responsibilities;",
        [],
    ),
    (
        "GA",
        "2019-12-18",
        "1. Takes note of the report of the Human Rights Council, including the addendum thereto, and its "
        "recommendations;",
        [],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_addendum_asked(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "to", "due", "form") == expected
