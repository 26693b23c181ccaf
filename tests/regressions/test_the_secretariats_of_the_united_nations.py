"""The United Nations' secretariat named with another organization's is the Secretariat (actors.yaml, group_pairs, stop 50).

"Requests the secretariats of the United Nations and the League of Arab States to follow up", "Calls upon both
secretariats to exert further efforts ..., and requests the Secretariat of the United Nations to promote and build the
capacities" (A/RES/75/11 ops 1-2, 5 and its twins 77/17, 79/12), "Requests the secretariats of the two organizations
to strengthen cooperation" (A/RES/75/16 op 9, 77/18, 79/9, the OIC), "the secretariats of the United Nations and the
Collective Security Treaty Organization ..., and encourages them" (heldout11 A/RES/77/13 op 3, 75/276, 79/10) read the
United Nations side as UNSystemEntities, the whole system. The gold reads it as Secretariat, the other organization's
secretariat as that organization; "both organizations" stays the United Nations (77/13 op 7). A name that goes on
after "the United Nations" is another's secretariat ("the secretariats of the United Nations Convention to Combat
Desertification", A/RES/75/324 op 26), and so is "the secretariat of the United Nations Conference on Trade and
Development"."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Requests the secretariats of the United Nations and the League of Arab States to follow up on the "
        "implementation of the recommendations;\n\n"
        "2. Calls upon both secretariats to exert further efforts to enhance the existing cooperation between the two "
        "organizations, and requests the Secretariat of the United Nations to promote and build the capacities of the "
        "staff members of organs of the League of Arab States;\n\n"
        "5. Requests both secretariats to convene the fifteenth general cooperation meeting between the two systems;",
        [
            ("requests", {"Secretariat", "LeagueOfArabStates"}),
            ("calls-upon", {"Secretariat", "LeagueOfArabStates"}),
            ("requests", {"Secretariat"}),
            ("requests", {"Secretariat", "LeagueOfArabStates"}),
        ],
    ),
    (  # the United Nations named as itself before: its secretariat all the same
        "1. Requests the United Nations and the League of Arab States to continue their cooperation;\n\n"
        "2. Calls upon the two secretariats to exert further efforts;",
        [
            ("requests", {"UNSystemEntities", "LeagueOfArabStates"}),
            ("calls-upon", {"Secretariat", "LeagueOfArabStates"}),
        ],
    ),
    (
        "5. Requests the United Nations and the Organization of Islamic Cooperation to continue;\n\n"
        "9. Requests the secretariats of the two organizations to strengthen cooperation in addressing the social and "
        "economic issues;",
        [("requests", {"UNSystemEntities", "OIC"}), ("requests", {"Secretariat", "OIC"})],
    ),
    (
        "3. Welcomes the efforts of the secretariats of the United Nations and the Collective Security Treaty "
        "Organization to enhance coordination and cooperation, and encourages them to continue their collaboration;\n\n"
        "5. Invites the United Nations and the Collective Security Treaty Organization to continue their interaction;\n\n"
        "7. Encourages both organizations to continue to examine possible ways;",
        [
            ("encourages", {"Secretariat", "InternationalOrganizations"}),
            ("invites", {"UNSystemEntities", "InternationalOrganizations"}),
            ("encourages", {"UNSystemEntities", "InternationalOrganizations"}),
        ],
    ),
    (  # not taken: the two organizations themselves, and "the two organizations" not after "the secretariats of"
        "19. Notes the cooperation between the Organization of Islamic Cooperation and the United Nations Educational, "
        "Scientific and Cultural Organization, and calls upon the two organizations to expand their cooperation;",
        [("calls-upon", {"OIC", "UNFundsProgrammes"})],
    ),
    (  # not taken: another body's secretariat, a name going on after "the United Nations"
        "26. Invites the relevant United Nations agencies, in particular the secretariats of the United Nations "
        "Convention to Combat Desertification in Those Countries Experiencing Serious Drought and/or Desertification, "
        "Particularly in Africa, and the United Nations Forum on Forests, to extend the support necessary;\n\n"
        "30. Requests the secretariat of the United Nations Conference on Trade and Development to continue;",
        [("invites", {"UNSystemEntities", "UNFF"}), ("requests", {"UNFundsProgrammes"})],
    ),
    (  # the United Nations named last, its Secretariat not named: no KeyError (review 50)
        "1. Welcomes the cooperation between the League of Arab States and the United Nations, and requests the "
        "secretariats of the two organizations to meet regularly;",
        [("requests", {"Secretariat", "LeagueOfArabStates"})],
    ),
    (
        "1. Welcomes the cooperation between the League of Arab States and the United Nations;\n\n"
        "2. Requests both secretariats to meet regularly;",
        [("requests", {"Secretariat", "LeagueOfArabStates"})],
    ),
    (  # not taken: a lower-case name going on after "the United Nations" (actors.yaml Secretariat `not_before`)
        "1. Requests the secretariats of the United Nations system organizations to cooperate with the Joint "
        "Inspection Unit;\n\n"
        "2. Invites the secretariats of the United Nations funds and programmes to report;",
        [("requests", {"UNSystemEntities"}), ("invites", {"UNFundsProgrammes"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_secretariats_of_the_united_nations(text, expected):
    r = resolution(text, date="2022-11-21", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
