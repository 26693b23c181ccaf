"""The end of a term given by a session of an organ that names its sessions by year ("Decides to
extend the mandate of the Ad Hoc Advisory Group on Haiti until the conclusion of the 2025 session",
E/RES/2024/20 op 2, held-out gold, and E/RES/2021/18 ... 2025/22) was missing; and a start date read
as the end ("Decides to establish, as of 20 May 2002 and for an initial period of 12 months, a United
Nations Mission of Support in East Timor (UNMISET)", S/RES/1410 (2002)) gave the start, not the start
plus the period."""

import pytest

from tests.snippets import snippet, terms

PRE = {
    "ECOSOC": "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. ",
    "SC": "The Security Council,\n\nRecalling its resolution 1338 (2001),\n\n1. ",
}

CASES = [
    (
        "ECOSOC",
        "Decides to extend the mandate of the Ad Hoc Advisory Group on Haiti until the conclusion of the 2025 session, "
        "with the purpose of following closely the long-term development strategy of Haiti;",
        [("extends", "AdHocAdvisoryGroupHaiti", "2025", None)],
    ),
    (
        "SC",
        "Decides to establish, as of 20 May 2002 and for an initial period of 12 months, a United Nations Mission of "
        "Support in East Timor (UNMISET);",
        [("establishes", "UNMISET", "2003-05-20", "P12M")],
    ),
    ("SC", "Decides to extend the mandate of UNMISS until 30 April 2025;", [("extends", "UNMISS", "2025-04-30", None)]),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_term_dates(organ, text, expected):
    r = snippet(PRE[organ] + text + "\n")
    assert terms(r, "action", "of", "until", "period") == expected
