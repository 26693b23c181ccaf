"""A review asked in the passive, presented or conveyed by a time, that no earlier clause asked, is a report (README: an
assessment or review provided to an organ or by a time; heldout5 04 op 12 "and that findings be submitted to the
Security Council within 120 days"). Two were missed: "requests that a comprehensive review on the following elements be
presented to the General Assembly no later than the first part of its resumed seventy-ninth session" (A/RES/77/278 op
52: report_conducted.PASSIVE now reads past what the review is on, as "an independent review on the implementation of
the mechanism to be reported to the Security Council by 31 July 2006", S/RES/1612 (2005) op 3); "Expresses its support
to the Secretary-General's proposal to conduct an internal review of MINUSMA, ..., requests that such review be conveyed
no later than 13 January 2023" (S/RES/2640 (2022) op 58: the request names no one, its mandate goes to the review's
maker, and so does the report now, mandates.py reading the clause's reports again with the maker)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/77/278 op 52
        "52. Urges the Secretary-General to consider the United Nations internship programme as an integral part of "
        "his ongoing reform of the human resources system of the United Nations, and requests that a comprehensive "
        "review on the following elements be presented to the General Assembly no later than the first part of its "
        "resumed seventy-ninth session, taking into account, as appropriate: (a) The development of a sustainable "
        "internship programme;",
        "The General Assembly",
        "2023-03-30",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (  # S/RES/2640 (2022) op 58
        "58. Expresses its support to the Secretary-General’s proposal to conduct an internal review of MINUSMA, "
        "without prejudice to the implementation of its current mandate and future decisions of the Security Council, "
        "requests that such review be conveyed no later than 13 January 2023 and provide: – a detailed analysis of the "
        "political and security challenges, – options on MINUSMA’s future configuration;",
        "The Security Council",
        "2022-06-29",
        [("SecretaryGeneral", "SecurityCouncil", "2023-01-13")],
    ),
    (  # guard: a report named, its deadline given (heldout6 13 op 21): no new item
        "21. Further requests that the report include recommendations and that the report be submitted to the Council "
        "no later than six months from the adoption of this resolution;",
        "The Security Council",
        "2014-12-19",
        [],
    ),
    (  # guard: a review kept under way, handed to no one by a time
        "5. Requests that a review of the mechanism be conducted with the participation of Member States;",
        "The General Assembly",
        "2023-03-30",
        [],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_a_review_asked_in_the_passive(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to", "due") == expected
