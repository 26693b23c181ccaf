""" "Them" after actors named together where the later one has a participle or adjective of its own ("Recognizes in
this regard, the efforts made by donors and affected States and encourages them, where appropriate, to further
strengthen national capacities", heldout46 S/RES/2365 (2017) op 7, the gold's Donors and States) stood for the donors
alone: pronouns.antecedent broke the run of actors named together at "and affected", where a window reads the
modifiers before an alias as the name's. The run now goes on past a join and one or two such words (in -ed, -ing,
-al). Near misses: a name after "of" or after another noun is not joined to the run ("the support of Member States and
the assistance of the Committee"), nor one after a clause of the organ's own.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout46 S/RES/2365 (2017) op 7
        "SC",
        "7. Recognizes in this regard, the efforts made by donors and affected States and encourages them, where "
        "appropriate, to further strengthen national capacities;",
        [("encourages", {"Donors", "States"})],
    ),
    (
        "GA",
        "3. Welcomes the contributions made by Member States and interested regional organizations, and invites them "
        "to continue to support the Centre;",
        [("invites", {"MemberStates", "InternationalOrganizations"})],
    ),
    (  # near miss: another noun and its "of" between the names
        "GA",
        "3. Welcomes the support of Member States and the assistance of the Committee on Information, and encourages "
        "them to continue;",
        [("encourages", {"MemberStates"})],
    ),
    (  # near miss: a participle after "and" that modifies a noun, not the next name ("increased funding by donors")
        "SC",
        "7. Welcomes the efforts of the African Union and increased funding by donors and encourages them to continue;",
        [("encourages", {"AfricanUnion"})],
    ),
    (  # near miss: a join with no modifier reads as before
        "SC",
        "7. Recognizes the efforts made by donors and States and encourages them to strengthen national capacities;",
        [("encourages", {"Donors", "States"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_them_after_a_modified_name(organ, text, expected):
    r = resolution(text, date="2017-06-29", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
