"""A decision that opens with the organ's own act and goes on "and to invite (request, authorize) X to" asks both the
organ and X (issue 12, the heldout23 gold: A/HRC/RES/54/22 op 12, "Decides to convene a panel discussion ... at the
fifty-seventh session of the Human Rights Council, and to invite Member States, relevant United Nations agencies, ...
and other relevant stakeholders to share achievements": only the Council was read). extract/decided_asks.py.
"""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Decides to convene a panel discussion, with gender balance and equitable geographical representation, on "
        "the reinforcement of the work to promote and protect economic, social and cultural rights, at the "
        "fifty-seventh session of the Human Rights Council, and to invite Member States, relevant United Nations "
        "agencies, funds and programmes, international and regional organizations, national human rights "
        "institutions, civil society organizations and other relevant stakeholders to share achievements;",
        [
            (
                "decides",
                {
                    "HumanRightsCouncil",
                    "MemberStates",
                    "UNSystemEntities",
                    "InternationalOrganizations",
                    "NHRIs",
                    "CivilSociety",
                    "Stakeholders",
                },
            )
        ],
    ),
    (
        "Decides to invite Member States and civil society organizations to share achievements;",
        [("decides", {"MemberStates", "CivilSociety"})],
    ),
    # a "that" clause first: no infinitive of the organ's own
    ("Decides that the meeting shall be held, and to invite States to attend;", [("decides", {"HumanRightsCouncil"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_later_infinitive_invites(text, expected):
    r = snippet(HRC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
