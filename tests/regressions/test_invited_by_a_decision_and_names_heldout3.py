""" "Decides to invite the Secretary-General, in consultation with relevant agencies ..., to develop specific
proposals" (heldout5 E/RES/2021/30 op 0): who is invited is asked, as after "Decides to authorise AMISOM to"
(it was the Council). Names the vocabulary lacked (heldout3): "members of the Forum and others in a position
to do so" give contributions, donors (E/RES/2022/17 op 21); "developed countries and the relevant
international organizations and funding mechanisms" (E/RES/2023/28 op 11: funding institutions)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "Decides to invite the Secretary-General, in consultation with relevant agencies and in the context of "
        "existing initiatives and databases, to develop specific proposals on ways to better leverage open-source "
        "technologies.",
        [("decides", ("SecretaryGeneral",))],
    ),
    (
        "21. Invites members of the Forum and others in a position to do so to provide voluntary contributions to "
        "the trust fund for the United Nations Forum on Forests;",
        [("invites", ("MemberStates", "Donors"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_invited_by_a_decision_and_names(text, expected):
    r = resolution(text, date="2022-07-22", organ="ECOSOC")
    assert mandates(r, "verb", "addressees") == expected
