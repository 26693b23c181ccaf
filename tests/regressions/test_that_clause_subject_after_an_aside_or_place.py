"""The subject of a "that" clause ends at its verb after an aside set off by commas, or after a place
named by a proper name, and the bodies after the verb are its objects, not addressees:

- "Demands that all parties, in particular the Syrian authorities, promptly allow rapid, safe and unhindered
  humanitarian access for United Nations humanitarian agencies and their implementing partners" (S/RES/2139
  (2014) op 6; op 4, "fully implement the ... Statement by the President of the Security Council"): the
  parties and Syria, not the agencies and their partners;
- "demands that all parties to the conflict in Darfur fully co-operate with AMIS, civilians and humanitarian
  agencies" (S/RES/1769 (2007) op 14): the parties.

Not where the word after the aside's comma goes on a list ("including auxiliary units of the Government of
Sudan forces, armed movements and all other stakeholders ensure", S/RES/2363 op 33; "including national
human rights institutions, non-governmental organizations ..., ensure", A/RES/74/145 op 18).
"""

import pytest

from tests.snippets import OPENERS, mandates, snippet

CASES = [
    (
        "SC",
        "Demands that all parties, in particular the Syrian authorities, promptly allow rapid, safe and unhindered "
        "humanitarian access for United Nations humanitarian agencies and their implementing partners;",
        [("demands", {"PartiesToConflict", "state:SYR"})],
    ),
    (
        "SC",
        "Demands that all parties to the conflict in Darfur fully co-operate with AMIS, civilians and humanitarian "
        "agencies;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        "SC",
        "Demands that the Government of Sudan, all militia groups, including auxiliary units of the Government of "
        "Sudan forces, armed movements and all other stakeholders ensure the safe access of humanitarian "
        "organisations;",
        [("demands", {"Stakeholders", "state:SDN"})],
    ),
    (
        "GA",
        "Recommends that States, the United Nations and other actors, including national human rights "
        "institutions, non-governmental organizations and bodies and groups based on religion or belief, in their "
        "efforts to promote freedom of religion or belief, ensure the widest possible dissemination;",
        # ("other actors": stakeholders, test_addressee_list_heads_and_tails; the bodies and groups based on religion or
        # belief: ReligiousCommunities, heldout48 24 A/RES/78/212 op 18, the same words)
        [
            (
                "recommends",
                {"CivilSociety", "NHRIs", "States", "UNSystemEntities", "Stakeholders", "ReligiousCommunities"},
            )
        ],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_that_clause_subject_after_an_aside_or_place(organ, text, expected):
    r = snippet(OPENERS[organ] + "\n\nRecalling its resolutions,\n\n1. " + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
