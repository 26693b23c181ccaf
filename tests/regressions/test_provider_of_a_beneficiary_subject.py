"""A decision whose subject benefits from what another provides asks the provider (heldout13 A/HRC/RES/57/3 op 24,
heldout17 A/HRC/RES/60/2 op 35, A/HRC/RES/54/1 op 24: the yearly Afghanistan texts of the Human Rights Council):
"Decides that ... the mandate holder shall benefit from additional dedicated and specific resources and expertise to be
provided by the Office of the High Commissioner" -> OHCHR, not the mandate holder (SpecialProcedures). A beneficiary with
no provider named keeps its reading (guards)."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "

CASES = [
    (  # A/HRC/RES/57/3 op 24
        "Decides that, in order to provide the necessary support to the mandate holder, the mandate holder shall benefit "
        "from additional dedicated and specific resources and expertise to be provided by the Office of the High "
        "Commissioner, as defined by the Human Rights Council in its resolution 54/1;",
        [("decides", {"OHCHR"})],
    ),
    (  # guard: no provider named
        "Decides that the Special Rapporteur shall receive all necessary assistance;",
        [("decides", {"SpecialProcedures"})],
    ),
    (  # guard: a receiving subject, no provider: no one asked
        "Requests that the Special Rapporteur be informed of the results;",
        [("requests", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_provider_of_a_beneficiary_subject(text, expected):
    assert mandates(snippet(HRC + text + "\n"), "verb", "addressees", as_sets=True) == expected


def test_provided_by_is_linear():
    from resgraph.extract.mandate_clause import PROVIDED_BY
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "provided with " + "x " * n + "y", lambda t: PROVIDED_BY.search(t), 500) < LINEAR
