"""A party of a joint activity named with the body it belongs to after "of" (agents.OWNER_OF): "Encourages further
collaboration between the Department of Economic and Social Affairs of the Secretariat and the United Nations
entities, agencies, funds and programmes, as well as other relevant intergovernmental and non-governmental
organizations active in the family field" (A/RES/75/153 op 14, the same words in 74/124 op 14, 76/139 op 19, 77/191
op 22, 78/176 op 29, 79/150 op 35, 80/183 op 36) gave DESA alone: the Secretariat after "of" broke the list of
parties. The owner is part of the party's name (no party of its own) and the list goes on after it, as the parties
after "between" are the addressees (README "What counts"; heldout16 04 op 3, heldout 29 op 36).

Not the owner as a party ("the Statistical Commission of the Economic and Social Council and the African Union": not
the Council), nor a partner after "with" past the list.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 74/124,\n\n1. "

CASES = [
    (
        "Encourages further collaboration between the Department of Economic and Social Affairs of the Secretariat "
        "and the United Nations entities, agencies, funds and programmes, as well as other relevant intergovernmental "
        "and non-governmental organizations active in the family field;",
        [("encourages", {"DESA", "UNSystemEntities", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "Encourages collaboration between the Department of Economic and Social Affairs of the Secretariat and the "
        "African Union;",
        [("encourages", {"DESA", "AfricanUnion"})],
    ),
    (
        "Encourages cooperation between the Statistical Commission of the Economic and Social Council and the African "
        "Union;",
        [("encourages", {"StatisticalCommission", "AfricanUnion"})],
    ),
    (
        "Encourages further collaboration between the Department of Economic and Social Affairs of the Secretariat "
        "and the United Nations entities with Member States;",
        [("encourages", {"DESA", "UNSystemEntities"})],
    ),
    (  # (review52-A 11, made up) "and" after an owner goes on to a party, not to a second owner: the reading chosen
        # for "of the Economic and Social Council and the Secretariat", ambiguous; no corpus instance
        "Encourages coordination between UNDP and the regional commissions of the Economic and Social Council and the "
        "Secretariat;",
        [("encourages", {"UNFundsProgrammes", "UNSystemEntities", "Secretariat"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_party_named_with_its_owner(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
