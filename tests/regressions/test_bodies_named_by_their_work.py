"""Two addressees the vocabulary read by their first words: "contributing countries" bare (States, from
"countries") and "the United Nations inter-agency task team on science, technology and innovation for the
Sustainable Development Goals" (UNSystemEntities, from "the United Nations"; the name holds commas, so the
alias must be quoted in actors.yaml or YAML splits it into two). The first are the troop- and police-contributing
countries, the second a United Nations inter-agency coordination body (actors.yaml UNInterAgencyMechanisms).

- "requests contributing countries to incorporate the Six Core Principles ... into pertinent codes of conduct for
  peacekeeping personnel" (S/RES/1539 (2004) op 10, heldout34 08: TroopPoliceContributors; S/RES/1460 (2003) op 10).
- "Continues to encourage the United Nations inter-agency task team on science, technology and innovation for the
  Sustainable Development Goals to further refine" (A/RES/76/213 op 29, heldout34 25 review r5; 74/229, 78/160,
  80/147).
Not taken: "with support from contributing countries" is a partner, no addressee; the Technology Facilitation
Mechanism's forum "on science, technology and innovation for the Sustainable Development Goals" names no task team.
Nor (review52-C 1) the end of a longer name ("equipment-contributing countries") or the countries that pay into a
fund or a budget ("contributing countries to the Peacebuilding Fund", "... to the regular budget", "donor and
contributing countries"): States, as before the alias. The task team's name in title case and with "SDGs" too
(review52-C 6: the aliases match case-sensitively).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "10. Notes with concern all the cases of sexual exploitation and abuse of women and children, and requests "
        "contributing countries to incorporate the Six Core Principles of the Inter-Agency Standing Committee on "
        "Emergencies into pertinent codes of conduct for peacekeeping personnel;",
        "SC",
        [("requests", {"TroopPoliceContributors"})],
    ),
    (
        "11. Requests the agencies, funds and programmes of the United Nations, with support from contributing "
        "countries, to implement HIV/AIDS education;",
        "SC",
        [("requests", {"UNSystemEntities"})],
    ),
    (
        "29. Continues to encourage the United Nations inter-agency task team on science, technology and innovation "
        "for the Sustainable Development Goals to further refine and update its mapping of science, technology and "
        "innovation activities in the United Nations system;",
        "GA",
        [("encourages", {"UNInterAgencyMechanisms"})],
    ),
    (
        "15. Underscores the importance of and encourages continued collaboration between the follow-up and review "
        "process of the World Summit and the Technology Facilitation Mechanism, including its multi-stakeholder forum "
        "on science, technology and innovation for the Sustainable Development Goals;",
        "GA",
        [("encourages", {"TechnologyFacilitationMechanism"})],
    ),
    (
        "1. Urges equipment-contributing countries to provide the armoured personnel carriers;",
        "SC",
        [("urges", {"States"})],
    ),
    (
        "1. Invites contributing countries to the Peacebuilding Fund to make timely payments;",
        "SC",
        [("invites", {"States"})],
    ),
    (
        "1. Encourages the largest contributing countries to the regular budget to pay their assessments in full;",
        "GA",
        [("encourages", {"States"})],
    ),
    (
        "1. Urges donor and contributing countries to increase their pledges;",
        "GA",
        [("urges", {"Donors", "States"})],
    ),
    (
        "1. Urges donor and troop-contributing countries to increase their pledges;",
        "GA",
        [("urges", {"Donors", "TroopPoliceContributors"})],
    ),
    (
        "1. Encourages the Inter-Agency Task Team on Science, Technology and Innovation for the SDGs to refine its "
        "mapping;",
        "GA",
        [("encourages", {"UNInterAgencyMechanisms"})],
    ),
    (
        "1. Encourages the United Nations Inter-agency Task Team on Science, Technology and Innovation for the "
        "Sustainable Development Goals to refine its mapping;",
        "GA",
        [("encourages", {"UNInterAgencyMechanisms"})],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_bodies_named_by_their_work(text, organ, expected):
    r = resolution(text, date="2021-12-17", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
