"""Pronouns standing for actors named before that the readers missed (issue 12, class "pronoun" of
corpus-full's mandates naming no actor):

- "those" before "that"/"who" stands for the actors the paragraph named, as "them" does: "Expresses its
  appreciation to the nuclear-weapon States that have signed the Protocols ..., and calls upon those that
  have not yet ratified" (the gold of A/RES/75/30 op 4: States; its yearly twins, and "some States have
  taken the initiative to apologize ..., further calls upon those that have not yet", A/RES/76/226 op 14);
  "encourages those who participated" with no actor named before stays unaddressed;
- a possessive owning the activity asked ("encourages their work in promoting freedom of religion")
  stands, when no actor is named within reach before it, for whom the paragraph's previous mandate
  asked, where it agrees with them: "Invites the Office of the High Commissioner, United Nations entities
  and Member States to support ..., and encourages their active participation" (the gold of A/RES/80/199
  op 31), "Encourages the Secretary-General to step up planning ..., and encourages his further
  engagement with the African Union" (S/2024/826 op 9); not after a clause of the organ's own that asks
  no one ("..., regrets the low participation of women in the transition roadmap, and encourages their
  meaningful participation", S/RES/2677 op 14; "..., recalls that women play a vital role ..., and urges
  their involvement", the gold's empty set, S/RES/2145 op 14), and "his" never for a body.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions on the question,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolutions on the situation,\n\n1. "

CASES = [
    (
        GA,
        "Expresses its appreciation to the nuclear-weapon States that have signed the Protocols to the Treaty "
        "that concern them, and calls upon those that have not yet ratified the Protocols that concern them to "
        "do so as soon as possible;",
        [("calls-upon", {"States"})],
    ),
    (
        GA,
        "Notes the significant global and regional initiatives undertaken to strengthen international "
        "solidarity with refugees, and encourages those who participated to implement their commitments;",
        [("encourages", set())],
    ),
    (
        GA,
        "Invites the Office of the High Commissioner, United Nations entities and Member States to support and "
        "collaborate in the organization of regional forums on minority issues, and encourages their active "
        "participation in these forums, in order to engage with representatives of minorities;",
        [
            ("invites", {"OHCHR", "UNSystemEntities", "MemberStates"}),
            ("encourages", {"OHCHR", "UNSystemEntities", "MemberStates"}),
        ],
    ),
    (
        SC,
        "Encourages the Secretary-General to step up planning for support to sustain any ceasefire agreement "
        "once agreed, including through monitoring and verification of any agreement, and encourages his "
        "further engagement with the African Union and the parties to the conflict in this regard;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"SecretaryGeneral"})],
    ),
    (
        SC,
        "Calls on the parties to ensure the implementation of the 35 percent minimum participation level for "
        "women's representation at all levels, regrets the low participation of women in the transition "
        "roadmap, and encourages their meaningful participation in the implementation;",
        [("calls-upon", {"PartiesToConflict"}), ("encourages", set())],
    ),
    (
        SC,
        "Welcomes also the measures taken by the Government of Afghanistan, and encourages it to continue to "
        "increase the participation of women in decision-making processes, recalls that women play a vital "
        "role in the peace process, and urges their involvement in the development and implementation of "
        "post-conflict strategies;",
        [("encourages", {"state:AFG"}), ("urges", set())],
    ),
    (
        SC,
        "Requests UNMISS to support the peace process, and encourages his continued engagement with the parties;",
        [("requests", {"UNMISS"}), ("encourages", set())],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_pronouns_those_and_owners_asked_before(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
