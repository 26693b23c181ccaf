""" "both organizations" after two organizations named apart stands for both (pronouns._group, group_pairs, stop 49).

"Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue a more systematic and meaningful
engagement with the United Nations, and encourages both organizations to enhance their cooperation" (A/RES/79/319 op 1
and its twins 74/304, 76/270) asked IPU alone: the pronoun reading takes the first actors named together, and the Union
and the United Nations are not named together. The sets read "both organizations" as the two named (77/13 op 7,
UNSystemEntities,InternationalOrganizations): where the first run names one, the two named last."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Welcomes the actions taken by the Inter-Parliamentary Union to continue to pursue a more systematic and "
        "meaningful engagement with the United Nations, and encourages both organizations to enhance their "
        "cooperation in meeting their common objectives;",
        [("encourages", {"IPU", "UNSystemEntities"})],
    ),
    (
        "1. Welcomes the actions taken by the Inter-Parliamentary Union to pursue engagement with the United Nations, "
        "and encourages the two organizations to enhance their cooperation;",
        [("encourages", {"IPU", "UNSystemEntities"})],
    ),
    (  # as before: named together
        "5. Welcomes the cooperation between the United Nations and the Collective Security Treaty Organization, and "
        "encourages both organizations to continue to examine possible ways to strengthen it;",
        [("encourages", {"UNSystemEntities", "InternationalOrganizations"})],
    ),
    (  # as before: one named, no second to take
        "1. Welcomes the actions taken by the Inter-Parliamentary Union, and encourages both organizations to enhance "
        "their cooperation;",
        [("encourages", {"IPU"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_both_organizations_named_last(text, expected):
    r = resolution(text, date="2025-06-20", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
