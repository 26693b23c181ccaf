"""A phrase set off by commas naming a means, the list going on past it with "as well as": "Invites all Member
States, organizations and entities of the United Nations system, including the United Nations Educational,
Scientific and Cultural Organization, through its national commissions, as well as civil society organizations,
academic institutions and other relevant stakeholders to observe World Steelpan Day" (heldout29 A/RES/77/316 op 3:
the bodies after "as well as" had been lost, the comma closing the aside read as the list's end, as it already went
on after "and": "ECOWAS, through the command of its force, and France"); "Calls upon Member States, and relevant
United Nations entities, in accordance with their mandates, as well as international actors and civil society"
(S/RES/2365 (2017) op 6).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 74/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Invites all Member States, organizations and entities of the United Nations system, including the United "
        "Nations Educational, Scientific and Cultural Organization, through its national commissions, as well as civil "
        "society organizations, academic institutions and other relevant stakeholders to observe World Steelpan Day;",
        [
            (
                "invites",
                {"MemberStates", "UNSystemEntities", "UNFundsProgrammes", "CivilSociety", "Academia", "Stakeholders"},
            )
        ],
    ),
    (
        SC,
        "Calls upon Member States, and relevant United Nations entities, in accordance with their mandates, as well as "
        "international actors and civil society, in a position to do so, to provide assistance to clear landmines;",
        [("calls-upon", {"MemberStates", "UNSystemEntities", "InternationalCommunity", "CivilSociety"})],
    ),
    (
        SC,
        "Requests ECOWAS, through the command of its force, and France to report to the Council;",
        [("requests", {"ECOWAS", "state:FRA"})],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_a_list_going_on_past_a_means_aside(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
