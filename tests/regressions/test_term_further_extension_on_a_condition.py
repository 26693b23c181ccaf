"""A second extension the same decision gives on a condition is a second term, with its own end and length: "Decides to
extend until 31 January 2025 the mandate of ... UNSMIL ..., with a further automatic extension of an additional nine
months, that is, until 31 October 2025, if an UNSMIL SRSG has been appointed on or before 31 January 2025" (S/RES/2755
(2024) op 1, heldout42 05: T extends UNSMIL until 2025-01-31 and T extends UNSMIL until 2025-10-31 P9M; only the first
was read), "with an extension of an additional six months, that is, until 10 July 2022, subject to the issuance of the
Secretary General's substantive report" (S/RES/2585 (2021) op 2). Not one that "will require a separate resolution
confirming this extension" (S/RES/2642 (2022) op 2: not decided there), nor a renewal only in view ("with a view to
subsequently extending the mandate for a further and final period of 6 months", test_term_renewal_in_view.py), nor one
given "should the Council so decide" or "subject to a further decision of the Security Council": the Council keeps the
decision. Every body the decision extends is extended again ("the mandates of UNSMIL and UNMHA")."""

import pytest

from resgraph.extract import term_times
from tests.growth import LINEAR, growth
from tests.snippets import resolution, terms

CASES = [
    (
        "2024-10-31",
        "1. Decides to extend until 31 January 2025 the mandate of the United Nations Support Mission in Libya "
        "(UNSMIL), as an integrated special political mission to carry out its mandate, as set out in resolution 2542 "
        "(2020) and paragraph 16 of resolution 2570 (2021), with a further automatic extension of an additional nine "
        "months, that is, until 31 October 2025, if an UNSMIL SRSG has been appointed on or before 31 January 2025;",
        [(1, "extends", "UNSMIL", "2025-01-31", None), (1, "extends", "UNSMIL", "2025-10-31", "P9M")],
    ),
    (
        "2021-07-09",
        "2. Decides to extend the decisions in paragraphs 2 and 3 of Security Council resolution 2165 (2014), for a "
        "period of six months, that is, until 10 January 2022, only for the border crossing at Bab al-Hawa with an "
        "extension of an additional six months, that is, until 10 July 2022, subject to the issuance of the Secretary "
        "General’s substantive report, with particular focus on transparency in operations;",
        [
            (2, "extends", "S/RES/2165(2014)#2,3", "2022-01-10", "P6M"),
            (2, "extends", "S/RES/2165(2014)#2,3", "2022-07-10", "P6M"),
        ],
    ),
    # every body the decision extends is extended again (review Y3: only the first was)
    (
        "2024-10-31",
        "1. Decides to extend until 31 January 2025 the mandates of UNSMIL and UNMHA, with a further automatic "
        "extension of an additional nine months, that is, until 31 October 2025, if an SRSG has been appointed;",
        [
            (1, "extends", "UNSMIL", "2025-01-31", None),
            (1, "extends", "UNMHA", "2025-01-31", None),
            (1, "extends", "UNSMIL", "2025-10-31", "P9M"),
            (1, "extends", "UNMHA", "2025-10-31", "P9M"),
        ],
    ),
    # near misses: a further extension a separate resolution must confirm; one the Council keeps to decide; a renewal in view
    (
        "2022-07-12",
        "2. Decides to extend the decisions in paragraphs 2 and 3 of Security Council resolution 2165 (2014), for a "
        "period of six months, that is, until 10 January 2023, only for the border crossing at Bab al-Hawa, with a "
        "further extension of an additional six months, that is, until 10 July 2023, which will require a separate "
        "resolution confirming this extension;",
        [(2, "extends", "S/RES/2165(2014)#2,3", "2023-01-10", "P6M")],
    ),
    (
        "2024-10-31",
        "1. Decides to extend until 31 January 2025 the mandate of UNSMIL, with a further extension of an additional "
        "nine months, that is, until 31 October 2025, should the Council so decide;",
        [(1, "extends", "UNSMIL", "2025-01-31", None)],
    ),
    (
        "2024-10-31",
        "1. Decides to extend until 31 January 2025 the mandate of UNSMIL, with a further extension of an additional "
        "nine months, that is, until 31 October 2025, subject to a further decision of the Security Council;",
        [(1, "extends", "UNSMIL", "2025-01-31", None)],
    ),
    (
        "2004-05-14",
        "1. Decides to extend the mandate of UNMISET for a period of 6 months, with a view to subsequently extending the "
        "mandate for a further and final period of 6 months, until 20 May 2005;",
        [(1, "extends", "UNMISET", None, "P6M")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_term_further_extension_on_a_condition(date, text, expected):
    r = resolution(text, date=date, organ="SC")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_further_extension_reads_in_linear_time():
    def make(n):
        # many a further extension with no end, then one with its end and "require" far after it
        return (
            ", with a further extension of an additional nine months, that is," * n
            + " until 31 October 2025"
            + " x" * n
        )

    assert growth(make, lambda t: term_times.further(t, 0, "extends", None), 2000) < LINEAR
