"""Updates provided to a body named at length: "Requests the administering Power to regularly provide the Special
Committee on the Situation with regard to the Implementation of the Declaration on the Granting of Independence to
Colonial Countries and Peoples with relevant updates on the work of the Sixth Constitutional Convention" (A/RES/79/112
op 4, heldout12's miss; the same words in A/RES/74/111, 75/120, 76/103, 77/147, 78/99, 80/103) was no report: the
receiver's name ran past the few words "provide the Council with" allowed, and "with" + updates was read as a
mention. The body provided with the updates receives them."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "4. Requests the administering Power to regularly provide the Special Committee on the Situation with regard "
        "to the Implementation of the Declaration on the Granting of Independence to Colonial Countries and Peoples "
        "with relevant updates on the work of the Sixth Constitutional Convention, and to assist the Territory in "
        "this process;",
        [(4, "AdministeringPowers", "SpecialCommitteeDecolonization")],
    ),
    ("8. Invites Member States to update information on their initiatives;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_updates_provided_to_a_body_named_at_length(text, expected):
    r = resolution(text, date="2024-12-04", organ="GA")
    assert reports(r, "op", "by", "to") == expected
