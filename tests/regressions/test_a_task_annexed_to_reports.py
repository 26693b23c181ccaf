"""A task put in an annex to reports asked elsewhere is a part of those reports, as one "as part of" them is (report_words
PART_OF_REPORTS, IN_REPORTS_BEFORE, PART_OF_FAR; the words are data, reports.yaml `part_of.annexed`): "to provide the
Security Council with an update on the implementation of UNAMID's mandate every 90 days as an annex to the regular
reporting requested on UNITAMS" (S/RES/2525 (2020) op 10, read as a report every P90D), "to report on these priorities
and approaches in an annex to his report in November" (S/RES/2053 (2012) op 9): no item, as heldout30 01 op 14, heldout21
14 op 26 and heldout4 02 op 21 read an annex to another report. A report asked in the clause keeps its item with the
annex it holds (A/RES/76/246 B op 6), and a report "including in a separate annex" is still asked (heldout10 09 op 13)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2525 (2020) op 10
        "10. Requests the Secretary-General to provide the Security Council with an update on the implementation of "
        "UNAMID’s mandate every 90 days as an annex to the regular reporting requested on UNITAMS;",
        "The Security Council",
        "2020-06-04",
        [],
    ),
    (  # S/RES/2053 (2012) op 9
        "9. Underlines the need for an overall Congolese SSR strategy, and requests the Secretary-General to report on "
        "these priorities and approaches in an annex to his report in November;",
        "The Security Council",
        "2012-06-27",
        [],
    ),
    (  # guard: S/RES/2559 (2020) op 14, the dated briefing is the one item (heldout30 01)
        "14. Requests the Secretary-General to keep the Security Council regularly informed about the all relevant "
        "developments in relation with the drawdown and withdrawal of UNAMID as an annex to the regular reporting "
        "requested on UNITAMS in resolution 2524 (2020), and an oral briefing by 31 July 2021 on the completion of "
        "UNAMID’s drawdown and closure;",
        "The Security Council",
        "2020-12-22",
        [("SecretaryGeneral", "SecurityCouncil", "2021-07-31")],
    ),
    (  # guard: S/RES/1856 (2008) op 13 (heldout10 09), an annex of its own report
        "13. Requests MONUC to strengthen its efforts to prevent and respond to sexual violence, and to regularly "
        "report, including in a separate annex if necessary, on actions taken in this regard;",
        "The Security Council",
        "2008-12-22",
        [("MONUC", "SecurityCouncil", None)],
    ),
    (  # guard: A/RES/76/246 B op 6, the progress report asked in the clause holds the annex
        "6. Requests the Secretary-General to submit to the General Assembly a progress report on the implementation "
        "of the organizational resilience management system, including comprehensive information on the "
        "organizational response to the COVID-19 pandemic as an annex to the progress report, for consideration no "
        "later than at the first part of its resumed seventy-ninth session;",
        "The General Assembly",
        "2022-06-30",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_a_task_annexed_to_reports(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "due") == expected
