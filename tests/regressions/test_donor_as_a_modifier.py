"""Givers named by a noun before what they give are the activity's agents (the addressee convention from stop 27,
tests/mandate_gold/README.md, "What counts"): "encourages further donor support and coordination" (heldout27
S/RES/2444 (2018) op 31: Donors, read as asking no one), "urges the rapid disbursement of donor pledges" (heldout12
A/RES/75/126 op 6, Donors; the Assembly's yearly twins 74/117 to 79/141 read no one). Not an adjective
("international support"), nor a side of a compound ("a World Bank multi-donor trust fund"), nor beside an actor
the window names ("donor countries", an alias), nor a noun outside verbs.yaml `unaddressed.giver_modifiers` whose
plural is an alias ("further government assistance": no giver)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        SC,
        "Recalls the need to build the capacities of the Somali National Security Forces, and encourages further "
        "donor support and coordination as set out in the Security Pact;",
        [("encourages", {"Donors"})],
    ),
    (
        GA,
        "Welcomes the generous donor response to support the needs of the Palestinian people, and urges the rapid "
        "disbursement of donor pledges;",
        [("urges", {"Donors"})],
    ),
    (
        SC,
        "Encourages further donor support in this regard;",
        [("encourages", {"Donors"})],
    ),
    (
        GA,
        "Encourages further international support for the Palestinian people;",
        [("encourages", set())],
    ),
    (
        GA,
        "Encourages progress with regard to the creation of a World Bank multi-donor trust fund;",
        [("encourages", set())],
    ),
    (  # only the giver modifiers of verbs.yaml: a government's own assistance names no giver
        SC,
        "Encourages further government assistance to the affected communities;",
        [("encourages", set())],
    ),
    (
        SC,
        "Encourages further donor support to the affected communities;",
        [("encourages", {"Donors"})],
    ),
    (
        GA,
        "Urges donor countries to increase their support;",
        [("urges", {"Donors"})],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_donor_as_a_modifier(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
