"""The General Assembly's "countries of the region", "the countries of the Sahelo-Saharan subregion" and "States in
the region" are regional partners, as every set that has them reads them (heldout22 A/RES/75/33 ops 2, 5, the Middle
East zone free of nuclear weapons; heldout17 A/RES/80/36 op 4, small arms; heldout19 A/RES/76/72 op 152, the oceans'
Gulf of Guinea): region_states read every such name as States, from two (now three) readings of "all States of the
region" in the Regional Centres' and Central Asia's texts, which stay States. "6. Also invites those countries"
after "5. Invites all countries of the region" stands for them (heldout22 A/RES/75/33 op 6); it was read as the
alias "countries", States ("those States that have not yet become parties", after "urges Member States" in A/RES/78/20
op 1, are some States, no anaphor). "The governments concerned in the region" are the region's (heldout22 S/RES/1653 (2006)
op 17), not all States.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "1. Calls upon all countries of the region that have not yet done so, pending the establishment of the zone, "
        "to agree to place all their nuclear activities under International Atomic Energy Agency safeguards;",
        [("calls-upon", {"RegionalPartners"})],
    ),
    (
        "GA",
        "5. Invites all countries of the region, pending the establishment of a nuclear-weapon-free zone in the region "
        "of the Middle East, to declare their support for establishing such a zone;\n\n"
        "6. Also invites those countries, pending the establishment of the zone, not to develop, produce, test or "
        "otherwise acquire nuclear weapons;",
        [("invites", {"RegionalPartners"}), ("invites", {"RegionalPartners"})],
    ),
    (
        "GA",
        "1. Encourages the countries of the Sahelo-Saharan subregion to facilitate the effective functioning of "
        "national commissions to combat the illicit proliferation of small arms and light weapons;",
        [("encourages", {"RegionalPartners"})],
    ),
    (
        "GA",
        "1. Welcomes the adoption of the Code of Conduct, and calls upon States in the region to implement the Code of "
        "Conduct as soon as possible;",
        [("calls-upon", {"RegionalPartners"})],
    ),
    (
        "GA",
        "1. Invites all States of the region to continue to take part in the activities of the Regional Centre;",
        [("invites", {"States"})],
    ),
    (
        "GA",
        "1. Reaffirms that all States must conduct their activities in conformity with international law, urges Member "
        "States to ensure that their space policies comply with their obligations, and encourages those States that "
        "have not yet become parties to the international treaties to give consideration to ratifying;",
        [("urges", {"MemberStates"}), ("encourages", {"States"})],
    ),
    (
        "SC",
        "1. Urges the governments concerned in the region to enhance their cooperation to promote lawful and "
        "transparent exploitation of natural resources;",
        [("urges", {"RegionalPartners"})],
    ),
    (
        "SC",
        "1. Welcomes the deployment of international security forces by the Governments of Portugal, Australia, New "
        "Zealand and Malaysia, and encourages those countries to continue to inform the Council;",
        [("encourages", {"state:PRT", "state:AUS", "state:NZL", "state:MYS"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_regional_partners_asked_by_the_assembly(organ, text, expected):
    r = resolution(text, date="2020-12-07", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
