""" "Those countries" after a paragraph named a group of countries by its kind, with no States asked or listed before,
stand for that group: "Congratulates those countries that have met the criteria for graduation from least developed
country status, notes with appreciation that 5 countries have graduated since 2011 ..., invites those countries to
start the preparations for their graduation" (heldout28 A/RES/79/218 op 45, the gold's DevelopingCountries; the
Assembly's LDC follow-up from A/RES/74/232 op 38 to 80/150 op 44) read all States. The countries counted after the
group are some of them; another actor named after it may own the pronoun, and the States a mandate asked or a list
named before are still read first; where two groups were named, which one is meant is not said."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Congratulates those countries that have met the criteria for graduation from least developed country status, "
        "notes with appreciation that 5 countries have graduated since 2011, 1 will graduate in December 2024 and 10 "
        "others have met the graduation criteria at least once, invites those countries to start the preparations for "
        "their graduation by formulating a smooth transition strategy, and requests all relevant organizations of the "
        "United Nations system, led by the Office of the High Representative, to extend the necessary support;",
        [("invites", {"DevelopingCountries"}), ("requests", {"UNSystemEntities"})],
    ),
    (
        "Notes the needs of developing countries and the efforts of the Secretary-General, and invites those countries "
        "to continue;",
        [("invites", {"States"})],
    ),
    # two groups named: which one "those countries" is, is not said (review of stop 46, finding 5)
    (
        "Recognizes the support provided by developed countries to African countries through the Partnership, and "
        "invites those countries to continue their support;",
        [("invites", {"States"})],
    ),
    (
        "Notes the commitments of developed countries to least developed countries, and invites those countries to "
        "honour them;",
        [("invites", {"States"})],
    ),
    (
        "Invites all countries of the region to join, and invites those countries to continue;",
        [("invites", {"RegionalPartners"}), ("invites", {"RegionalPartners"})],
    ),
    (
        "Welcomes the deployment by the Governments of Portugal, Australia, New Zealand and Malaysia, and encourages "
        "those countries to continue to inform the Council;",
        [("encourages", {"state:PRT", "state:AUS", "state:NZL", "state:MYS"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_those_countries_graduating(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
