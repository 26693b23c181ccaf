"""An appeal is no directive verb (the golds: "appeals to States to contribute", heldout4 S/RES/1470 (2003) op
11; "Appeals to the international community", gold A/HRC/RES/55/26 op 9; "reiterates its appeal to States to
contribute generously to the Court", heldout6 S/RES/1508 (2003) op 6, an extra urges of States). verbs.yaml gave
urges the noun "appeal": "Reiterates its appeal", "Renews its appeal" made 23 mandates of corpus-full; the verb
"appeals" never was one. The organ's other verbs in the paragraph still ask."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1315 (2000),\n\n1. "

CASES = [
    (
        "Notes with serious concern the financial situation of the Special Court, reiterates its appeal to States to "
        "contribute generously to the Court, and urges all States to cooperate fully with the Court;",
        [("urges", {"States"})],
    ),
    ("Renews its appeal to all the States in the region to support the peace process;", []),
    ("Appeals to the international community to provide humanitarian support;", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_appeal_is_no_directive(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
