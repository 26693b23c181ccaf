"""Reporting asked as a part of reports named beside it was counted as a report of its own: "update the
Security Council on this strategy and its implementation in its quarterly reports through the
Secretary-General" (S/RES/2743 (2024) op 3, the heldout4 gold), "report on such best practices ... in his
upcoming report to the Committee on Information" (A/RES/78/80 op 47 and its yearly predecessors), "report
thereon in its future reports" (A/RES/79/245 op 8), "report ... on the roadmap in his next 90-day report"
(S/RES/2003 (2011) op 9). As "include in his next report" (tests/mandate_gold/README.md), these add to
reports counted elsewhere; "quarterly", "monthly", "upcoming", "forthcoming", "future", "N-day" now mark
such reports as "regular", "periodic", "next" and "annual" did; and so does the reporter's own report named
with a possessive ("provide an update to the Human Rights Council in her report", A/HRC/RES/57/27 (2024) op
30, the heldout4 gold; "in his next progress report", A/RES/77/263 op 11; "in the context of his next
overview report", A/RES/74/285 op 17; "in his reports to the Council", S/RES/2109 (2013) op 5), not "in her
report of 12 May"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "The Security Council",
        "3. Calls on BINUH to develop a strategy with the aim of promptly restoring democratic institutions and "
        "update the Security Council on this strategy and its implementation in its quarterly reports through the "
        "Secretary-General;",
        [],
    ),
    (
        "The General Assembly",
        "47. Calls upon the Department to continue to work with the Coordinator for Multilingualism, and requests "
        "the Secretary-General to report on such best practices and their implementation in his upcoming report "
        "to the Committee on Information;",
        [],
    ),
    (
        "The General Assembly",
        "8. Requests the Advisory Committee to request the Board of Auditors to keep matters related to cost "
        "recovery under review and report thereon in its future reports;",
        [],
    ),
    (
        "The Security Council",
        "9. Requests the Secretary-General to report to the Council on the roadmap in his next 90-day report;",
        [],
    ),
    # a report of the reporter's own, with or without its kind ("progress", "midterm", "overview")
    (
        "The Human Rights Council",
        "30. Also requests the Independent Expert to provide an update to the Human Rights Council in her report on "
        "progress on the implementation of the benchmarks;",
        [],
    ),
    (
        "The General Assembly",
        "11. Also requests the Secretary-General to provide an update on measures considered and applied in this "
        "regard in his next progress report;",
        [],
    ),
    (
        "The General Assembly",
        "17. Requests the Secretary-General to enhance measures for the implementation of the strategy and to report "
        "thereon in the context of his next overview report;",
        [],
    ),
    (
        "The Security Council",
        "5. Requests the Secretary-General to report on such efforts in his reports to the Council;",
        [],
    ),
    # a report asked with its own time stays one
    (
        "The Security Council",
        "5. Requests the Secretary-General to report to the Council every three months on the implementation of "
        "this resolution;",
        [("SecretaryGeneral", "SecurityCouncil", "P3M")],
    ),
    (
        "The Security Council",
        "25. Requests that the United States, on behalf of the multinational force as outlined in paragraph 13 "
        "above, report to the Security Council on the efforts and progress of this force as appropriate and not "
        "less than every six months;",
        [("state:USA", "SecurityCouncil", "P6M")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_part_of_reports_named_with_it(organ, text, expected):
    assert reports(resolution(text, date="2018-03-30", organ=organ), "by", "to", "every") == expected
