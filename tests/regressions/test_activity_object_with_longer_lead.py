"""A verb whose object is an activity asks no one named inside it (the gold's convention: the bodies an
activity is of, for or with are not addressees), but an activity was read as such only when at most two
words stood before its head noun and a preposition of "of|with|for|to|on|in" followed it. So "encourages
continued work towards, a comprehensive political strategy as well as the greater integration ... of
UNSMIL and United Nations agencies" (S/RES/2434 (2018) op 6, heldout9; 2486, 2542), "further encourages
the effective and efficient management of assistance, including from bilateral and multilateral partners"
(S/RES/2116 (2013) op 19, heldout9) and "Strongly urges further and increased international support for
the Lebanese Armed Forces" (S/RES/2591 (2021) op 10, survey of 2026-12-01; 2650, 2695) asked the bodies
they name. Now three words may stand before the head and "towards" follows it too. A pronoun after such a
verb stands for whom its object named ("Encourages strengthening the lending capacity of multilateral
development banks, in that regard urges them", A/RES/77/156 op 20): the previous mandate asked no one, so
the text the pronoun looks back over starts at that mandate's object, not after it."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Welcomes progress in, and encourages continued work towards, a comprehensive political strategy, as well "
        "as the greater integration and strategic co-ordination of UNSMIL and United Nations agencies, funds and "
        "programmes in Libya to support GNA-led efforts;",
        [("encourages", set())],
    ),
    (
        SC,
        "Encourages accelerated coordinated progress on the development of the Security and Justice Development "
        "Plans and further encourages the effective and efficient management of assistance, including from "
        "bilateral and multilateral partners, to support the efforts of the Government;",
        [("encourages", set()), ("encourages", set())],
    ),
    (
        SC,
        "Strongly urges further and increased international support for the Lebanese Armed Forces and all state "
        "security institutions;",
        [("urges", set())],
    ),
    (
        GA,
        "Encourages strengthening the lending capacity of multilateral development banks, in that regard urges "
        "them to make the most efficient use of their balance sheets;",
        [("encourages", set()), ("urges", {"InternationalFinancialInstitutions"})],
    ),
    # bodies asked by name are still asked
    (
        SC,
        "Calls on the Lebanese Armed Forces and UNIFIL to strengthen their coordinated actions;",
        [("calls-upon", {"state:LBN", "UNIFIL"})],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_activity_object_with_longer_lead(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
