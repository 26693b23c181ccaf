"""Who the high-level meetings' texts invite, by names the vocabulary read as other actors: "members of the (United
Nations) specialized agencies" (the States members of the agencies that are not Members of the United Nations) were
read as the agencies, UNSystemEntities (heldout35 A/RES/77/275 ops 7, 12, the gold's States, as heldout31 27 op 2);
"relevant envoys of the Secretary-General" as the Secretary-General (op 8, the gold's SpecialEnvoys); "its Working Group
established in accordance with the Presidential Statement of 31 January 2001" as a generic ExpertGroup (heldout35
S/RES/2378 (2017) op 9: the Council's Working Group on Peacekeeping Operations, which S/PRST/2001/3 set up); "public
officials and/or authorities" as no one (heldout35 A/HRC/RES/59/15 op 7: NationalAuthorities beside PoliticalActors).
Now aliases (actors.yaml States, SpecialEnvoys, SCWorkingGroupPKO, NationalAuthorities). Not taken: the Secretary-General
himself, the specialized agencies themselves, a working group of no such statement; the end of a longer name ("the
staff members of the specialized agencies", "the executive heads and members of ...": the agencies' own, actors.yaml
States `guards`), authorities of a named owner ("public officials and/or authorities of the host country": HostCountry,
NationalAuthorities `guards`)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 75/284,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2086 (2013),\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 51/9,\n\n1. "

CASES = [
    (
        GA
        + "Encourages all Member States and members of the United Nations specialized agencies to participate in the "
        "high-level meeting at the highest possible level;",
        [("encourages", ("MemberStates", "States"))],
    ),
    (
        GA
        + "Invites the United Nations system, including funds, programmes and specialized agencies, including the World "
        "Health Organization, regional commissions and relevant envoys of the Secretary-General, to participate in the "
        "high-level meeting, as appropriate, and urges them to consider initiatives in support of the preparatory process;",
        [
            ("invites", ("UNSystemEntities", "UNFundsProgrammes", "SpecialEnvoys")),
            ("urges", ("UNSystemEntities", "UNFundsProgrammes", "SpecialEnvoys")),
        ],
    ),
    (
        SC + "Underlines the importance of reform; requests its Working Group established in accordance with the "
        "Presidential Statement of 31 January 2001 (S/PRST/2001/3), to review reform initiatives in close cooperation "
        "with other Member States;",
        [("requests", ("SCWorkingGroupPKO",))],
    ),
    (
        HRC
        + "Urges political leaders, public officials and/or authorities to refrain from denigrating, intimidating or "
        "threatening the media;",
        [("urges", ("PoliticalActors", "NationalAuthorities"))],
    ),
    # the same names by their other wordings (review53-B 3, 9)
    (
        HRC + "Urges political leaders, public officials and authorities to refrain from denigrating the media;",
        [("urges", ("PoliticalActors", "NationalAuthorities"))],
    ),
    (
        SC + "Requests its Working Group established in accordance with the statement by its President of 31 January "
        "2001 (S/PRST/2001/3) to review reform initiatives;",
        [("requests", ("SCWorkingGroupPKO",))],
    ),
    # (not taken: the Secretary-General, the agencies themselves, a working group of no such statement)
    (
        GA + "Requests the Secretary-General to submit a report;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (
        GA + "Encourages the Secretary-General and the relevant envoys of the Secretary-General to participate;",
        [("encourages", ("SecretaryGeneral", "SpecialEnvoys"))],
    ),
    (
        GA + "Invites the specialized agencies to participate;",
        [("invites", ("UNSystemEntities",))],
    ),
    (
        SC + "Requests its Working Group to review reform initiatives;",
        [("requests", ("ExpertGroup",))],
    ),
    # (not taken: the end of a longer name, the agencies' staff or heads, nor authorities of a named owner; review53-B
    # 1 and 2)
    (
        GA + "Encourages the staff members of the specialized agencies to participate in training;",
        [("encourages", ("UNSystemEntities",))],
    ),
    (
        GA + "Encourages the staff members of the United Nations specialized agencies to participate in training;",
        [("encourages", ("UNSystemEntities",))],
    ),
    (
        GA + "Encourages the executive heads and members of the specialized agencies to participate;",
        [("encourages", ("UNSystemEntities",))],
    ),
    (
        GA + "Urges public officials and/or authorities of the host country to refrain from denigrating the media;",
        [("urges", ("HostCountry",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_members_of_the_agencies_and_the_envoys(text, expected):
    r = snippet(text + "\n")
    assert mandates(r, "verb", "addressees") == expected
