"""The Secretariat's offices and departments asked as a group are the Secretariat: "Reiterates its request to the
Department of Global Communications and content-providing offices of the Secretariat to ensure that United Nations
publications are produced in all six official languages" (heldout26 A/RES/74/92 op 19 and the Assembly's yearly
information texts: the gold's DGC and Secretariat), "calls upon all stakeholders, including the Department of Global
Communications, content-providing offices and departments, in particular the Office of Information and Communications
Technology of the Secretariat" (op 83: Stakeholders, DGC, Secretariat). "the Secretariat" after "of" was read as the
offices' owner and the offices as no actor, so the Secretariat was missed; actors.yaml Secretariat now reads the
offices. Guards: offices a verb's addressee works with ("in coordination with content-providing offices") are
partners, no addressees."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "

CASES = [
    (  # A/RES/74/92 op 19
        "Reiterates its request to the Department of Global Communications and content-providing offices of the "
        "Secretariat to ensure that United Nations publications are produced in all six official languages;",
        [("requests", {"DGC", "Secretariat"})],
    ),
    (  # A/RES/74/92 op 83
        "Calls upon all stakeholders, including the Department of Global Communications, content-providing offices and "
        "departments, in particular the Office of Information and Communications Technology of the Secretariat, to "
        "continue their collaboration;",
        [("calls-upon", {"Stakeholders", "DGC", "Secretariat"})],
    ),
    (
        "Urges all content-providing offices in the Secretariat to strengthen their efforts to translate materials;",
        [("urges", {"Secretariat"})],
    ),
    (  # guard: partners after "in coordination with"
        "Requests the Department of Global Communications, in coordination with content-providing offices, to advance "
        "actions to achieve full parity;",
        [("requests", {"DGC"})],
    ),
    (  # guard: partners after "with"
        "Requests the Secretariat to ensure coordination with other departments and offices of the Secretariat;",
        [("requests", {"Secretariat"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_offices_of_the_secretariat(text, expected):
    assert mandates(snippet(GA + text + "\n"), "verb", "addressees", as_sets=True) == expected
