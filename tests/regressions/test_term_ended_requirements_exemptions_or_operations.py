"""Endings found missing by a scan of every Council text of corpus-full (cf-open) for paragraphs that end
something and set no term (issue 12, terms helper): "the notification requirements set out in paragraph
5 of resolution 1807 (2008) shall no longer apply;" (S/RES/2667 (2022) op 2: requirements were no
measures); "the exemptions in support of the implementation of the Comprehensive Peace Agreement set
forth in paragraph 7 of resolution 1591 (2005) ... shall no longer apply;" (S/RES/2035 (2012) op 4: the
paragraph named more than seven words after its measures); "UNTMIS shall cease all operations on 31
October 2026" (S/RES/2809 (2025) op 6: a mission's end in other words). "the reporting requirements as
specified in paragraph 1 of resolution 2645 (2022)" extended with BINUH's mandate stay no measures
(S/RES/2692 (2023) op 1)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides that the notification requirements set out in paragraph 5 of resolution 1807 (2008) shall no "
        "longer apply;",
        [(2, "terminates", "S/RES/1807(2008)#5", None)],
    ),
    (
        "4. Decides that the exemptions in support of the implementation of the Comprehensive Peace Agreement set "
        "forth in paragraph 7 of resolution 1591 (2005) and further clarified in paragraph 8 (b) of resolution 1945 "
        "(2010) shall no longer apply;",
        [(4, "terminates", "S/RES/1591(2005)#7", None)],
    ),
    (
        "6. Decides that the United Nations Transitional Assistance Mission in Somalia (UNTMIS) shall cease all "
        "operations on 31 October 2026 after completing the second phase of its transition;",
        [(6, "terminates", "UNTMIS", "2026-10-31")],
    ),
    (
        "1. Decides to extend, to 15 July 2024 the mandate of BINUH in accordance with its resolution 2476 (2019), "
        "headed by a Special Representative of the Secretary-General, and the reporting requirements as specified in "
        "paragraph 1 of resolution 2645 (2022);",
        [(1, "extends", "BINUH", "2024-07-15")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_ended_requirements_exemptions_or_operations(text, expected):
    r = resolution(text, date="2023-07-14", symbol="S/RES/2692 (2023)")
    assert terms(r, "op", "action", "of", "until") == expected
