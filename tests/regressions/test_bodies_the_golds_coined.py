"""Bodies the open golds coined ids for that the vocabulary lacked, in the wordings of corpus-full:

- Burundi's peace process: "Encourages the Regional Initiative leaders, the African Union, the South African
  Facilitation, the Political Directorate and other international partners to sustain their efforts" (S/RES/1858 (2008)
  op 4, heldout12's RegionalPartners, SouthAfricanFacilitation, PoliticalDirectorate); "the South African Facilitation,
  the Regional Peace Initiative, the African Union" (S/RES/1791 (2007) op 4); "the States of the Regional Peace
  Initiative and the South-African Facilitation" (S/RES/1719 (2006) op 13) were read as the African Union and partners
  alone, or as States;
- "Requests the fact-finding mission, the Office of the High Commissioner and the designated Expert to coordinate"
  (A/HRC/RES/54/2 op 21, heldout16's DesignatedExpertSudan) lost the Expert;
- "encourages the Special Rapporteur and alumni of the programme to strengthen their cooperation" (A/HRC/RES/55/15
  op 12, heldout15's and heldout6's MinoritiesFellowshipParticipants; "past and present participants of the programme",
  A/RES/80/199 op 30) lost the alumni;
- "Decides to invite the Small Island Developing States Dock (SIDS DOCK) to participate in the sessions and the work
  of the General Assembly in the capacity of observer" (A/RES/75/147 op 1, heldout12's SIDSDOCK) read States inside
  its name.
Guards: "designated experts" (lower case, plural) are no one's; "regional initiatives" (lower case) ask no one.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/1858 (2008) op 4
        SC,
        "Encourages the Regional Initiative leaders, the African Union, the South African Facilitation, the Political "
        "Directorate and other international partners to sustain their efforts in order to assist the parties;",
        [
            (
                "encourages",
                {
                    "RegionalPartners",
                    "AfricanUnion",
                    "SouthAfricanFacilitation",
                    "PoliticalDirectorate",
                    "DevelopmentPartners",
                },
            )
        ],
    ),
    (  # S/RES/1719 (2006) op 13
        SC,
        "Encourages the States of the Regional Peace Initiative and the South-African Facilitation to continue to work "
        "with the Burundian authorities to consolidate peace in their country;",
        [("encourages", {"RegionalPartners", "SouthAfricanFacilitation"})],
    ),
    (  # A/HRC/RES/54/2 op 21
        HRC,
        "Requests the fact-finding mission, the Office of the High Commissioner and the designated Expert to coordinate "
        "to ensure that the mission is able to make use of all relevant information;",
        [("requests", {"CommissionsOfInquiry", "OHCHR", "DesignatedExpertSudan"})],
    ),
    (  # A/HRC/RES/55/15 op 12
        HRC,
        "Notes the Minorities Fellowship Programme of the Office of the High Commissioner, and encourages the Special "
        "Rapporteur and alumni of the programme to strengthen their cooperation;",
        [("encourages", {"SpecialProcedures", "MinoritiesFellowshipParticipants"})],
    ),
    (  # A/RES/75/147 op 1
        GA,
        "Decides to invite the Small Island Developing States Dock (SIDS DOCK) to participate in the sessions and the "
        "work of the General Assembly in the capacity of observer;",
        [("decides", {"SIDSDOCK"})],
    ),
    (  # guard: lower case, plural
        GA,
        "Invites designated experts to contribute to the work of the Forum;",
        [("invites", set())],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_bodies_the_golds_coined(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
