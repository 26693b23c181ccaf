"""The owner of a nominal activity, named before "'s" or after "of", or a possessive standing for one named
before in the paragraph, is the activity's agent, and the agents of an activity asked for are its addressees
(the addressee convention from stop 27, tests/mandate_gold/README.md, "What counts", which turns round stop 26's
ba92233 and fc85219: they read the owner as asking no one). "Encourages the Government’s efforts to uphold the rule of
law" (heldout A/HRC/RES/54/34 op 8) asks the State the paragraph names; "welcomes AU initiatives to support
this goal and encourages its continued engagement" (heldout10 S/RES/2205 (2015) op 4, and its Abyei twins
2230, 2251, 2287, 2318, 2352, 2386) the African Union; "the Agency’s efforts" (UNRWA), "UNISFA’s efforts",
"CTED’s continued active participation" their owners; "Member States’ further progress ... with the Office
of the Ombudsperson" Member States (a plural possessive, which no alias takes in), not the Ombudsperson
worked with. A thing's owner is no activity's ("the forthcoming Secretary-General’s Plan of Action"), nor
is the owner of a group ("MINUSMA’s troop- and police-contributing countries": the countries)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        HRC,
        "Welcomes the cooperation of the Government of the Democratic Republic of the Congo, and encourages the "
        "Government’s efforts to uphold the rule of law to guarantee the enjoyment of human rights;",
        [("encourages", {"state:COD"})],
    ),
    (
        SC,
        "Reiterates its demand that Sudan and South Sudan immediately resume the work of the AJOC, welcomes AU "
        "initiatives to support this goal and encourages its continued engagement, and requests the "
        "Secretary-General to provide an assessment of progress on these issues in his regular reports;",
        [("demands", {"state:SDN", "state:SSD"}), ("encourages", {"AfricanUnion"}), ("requests", {"SecretaryGeneral"})],
    ),
    (SC, "Encourages UNISFA’s efforts to promote community dialogue;", [("encourages", {"UNISFA"})]),
    # a plural owner, which no alias takes in: its name is read without the apostrophe; the body its activity is
    # carried out with is not asked (heldout4 S/RES/2253 (2015) op 60, heldout7 S/RES/2161 (2014) op 47)
    (
        SC,
        "Encourages Member States’ further progress in this regard, including by concluding arrangements with the "
        "Office of the Ombudsperson for the sharing of such information;",
        [("encourages", {"MemberStates"})],
    ),
    # whom the mandate before asked: a possessive standing for them
    (
        GA,
        "Invites the Office of the High Commissioner, United Nations entities and Member States to support and "
        "collaborate in the organization of regional forums on minority issues, and encourages their active "
        "participation in these forums;",
        [
            ("invites", {"OHCHR", "UNSystemEntities", "MemberStates"}),
            ("encourages", {"OHCHR", "UNSystemEntities", "MemberStates"}),
        ],
    ),
    (
        GA,
        "Encourages the Secretary-General to step up planning, and encourages his further engagement;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"SecretaryGeneral"})],
    ),
    # the owner of efforts after "of" is asked; the owner of a group is not
    (SC, "Encourages the efforts of the African Union to mediate;", [("encourages", {"AfricanUnion"})]),
    (
        SC,
        "Urges MINUSMA’s troop- and police- contributing countries to expedite the procurement;",
        [("urges", {"TroopPoliceContributors"})],
    ),
    (
        SC,
        "Encourages the forthcoming Secretary-General’s Plan of Action to integrate the recommendations;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_activity_owner_is_its_agent(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
