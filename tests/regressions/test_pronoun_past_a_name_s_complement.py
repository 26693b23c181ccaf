"""A pronoun after bodies named together, one of whose names holds an actor in its complement: "Acknowledges the efforts
made by the Expert Mechanism on the Rights of Indigenous Peoples, the Special Rapporteur on the rights of Indigenous
Peoples and the Permanent Forum on Indigenous Issues to improve complementarity ..., encourages them to strengthen their
ongoing cooperation ... and invites them to continue to work in close cooperation" (heldout20 29, A/HRC/RES/57/15 op 24,
and the yearly indigenous texts): "them" stopped at the Indigenous Peoples the Rapporteur's mandate names and lost the
Permanent Forum. The actor in the complement is not asked; the names after it are."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "24. Acknowledges the efforts made by the Expert Mechanism on the Rights of Indigenous Peoples, the Special "
        "Rapporteur on the rights of Indigenous Peoples and the Permanent Forum on Indigenous Issues to improve "
        "complementarity and to avoid duplication among their reports, encourages them to strengthen their ongoing "
        "cooperation and coordination, and invites them to continue to work in close cooperation with all Human "
        "Rights Council mechanisms;",
        [
            ("encourages", {"EMRIP", "SpecialProcedures", "PFII"}),
            ("invites", {"EMRIP", "SpecialProcedures", "PFII"}),
        ],
    ),
    # the complement's actor alone is not asked
    (
        "5. Welcomes the work of the Special Rapporteur on the rights of Indigenous Peoples, and encourages them to "
        "continue it;",
        [("encourages", {"SpecialProcedures"})],
    ),
    # bodies named apart, with no complement between, stay as they were read
    (
        "6. Welcomes the cooperation between the Government of Nepal and UNMIN, and calls upon them to continue it;",
        [("calls-upon", {"state:NPL", "UNMIN"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_pronoun_past_a_name_s_complement(text, expected):
    r = resolution(text, date="2024-10-10", organ="The Human Rights Council")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_qualifier_linear():
    """QUALIFIER reads the words between two names once: its cost grows linearly in a hostile run."""
    from resgraph.extract.name_complements import QUALIFIER
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " on " + "the " * n + "X", QUALIFIER.fullmatch, 2000) < LINEAR
