"""The owner of a nominal activity named before "'s", or a possessive standing for one only named before
(not asked by the mandate before), is the activity's agent, no addressee: the convention the golds
were annotated under ("the agents of a nominal activity are not addressees"). "Encourages the
Government’s efforts to uphold the rule of law" (heldout A/HRC/RES/54/34 op 8: the empty set) read the
State; "welcomes AU initiatives to support this goal and encourages its continued engagement" (heldout10
S/RES/2205 (2015) op 4, blind; its Abyei twins 2230, 2251, 2287, 2318, 2352, 2386) read the African
Union; so did "the Agency’s efforts" (UNRWA, six yearly GA texts), "UNISFA’s efforts", "CTED’s
continued active participation" (35 mandates of corpus-full), and "Member States’ further progress ...
with the Office of the Ombudsperson" the Ombudsperson (5). Still asked: whom the mandate before
asked, a possessive standing for them ("Invites the Office, United Nations entities and Member States
to support ..., and encourages their active participation", heldout6 A/RES/80/199 op 31), and the
owner of efforts after "of" ("the efforts of ECOWAS"); a thing's owner is no activity's ("the
forthcoming Secretary-General’s Plan of Action" is not read as an owned activity)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        HRC,
        "Encourages the Government’s efforts to uphold the rule of law to guarantee the enjoyment of human rights;",
        [("encourages", set())],
    ),
    (
        SC,
        "Reiterates its demand that Sudan and South Sudan immediately resume the work of the AJOC, welcomes AU "
        "initiatives to support this goal and encourages its continued engagement, and requests the "
        "Secretary-General to provide an assessment of progress on these issues in his regular reports;",
        [("demands", {"state:SDN", "state:SSD"}), ("encourages", set()), ("requests", {"SecretaryGeneral"})],
    ),
    (SC, "Encourages UNISFA’s efforts to promote community dialogue;", [("encourages", set())]),
    # a plural owner, which no alias takes in: the body its activity is carried out with is not asked either
    # (heldout4 S/RES/2253 (2015) op 60, heldout7 S/RES/2161 (2014) op 47: the empty set)
    (
        SC,
        "Encourages Member States’ further progress in this regard, including by concluding arrangements with the "
        "Office of the Ombudsperson for the sharing of such information;",
        [("encourages", set())],
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
    # the owner of efforts after "of" is asked
    (SC, "Encourages the efforts of the African Union to mediate;", [("encourages", {"AfricanUnion"})]),
]


@pytest.mark.parametrize("head,text,expected", CASES)
def test_activity_owner_is_its_agent(head, text, expected):
    assert mandates(snippet(head + text + "\n"), "verb", "addressees", as_sets=True) == expected
