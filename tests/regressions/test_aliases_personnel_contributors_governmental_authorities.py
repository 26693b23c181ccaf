"""../shared/corpus-full: addressees named in words the vocabulary lacked (actors.yaml, data): "personnel-contributing
countries" (heldout12 S/RES/1674 (2006) op 20 read "countries" as States; heldout14 A/RES/76/146 op 38),
"governmental authorities" (heldout12 A/HRC/RES/54/7 op 4), "political figures" (S/RES/2134 (2014) op 39)."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The Security Council,\n\nRecalling its resolution 1546 (2004),\n\n1. "

CASES = [
    (
        "Requests the Secretary-General and personnel-contributing countries to strengthen their efforts;",
        [("requests", ("SecretaryGeneral", "TroopPoliceContributors"))],
    ),
    (
        "Calls upon States and, where applicable, relevant governmental authorities and other stakeholders to "
        "increase their efforts;",
        [("calls-upon", ("States", "NationalAuthorities", "Stakeholders"))],
    ),
    (
        "Urges CAR’s political figures to call on their supporters to cease all attacks on civilians;",
        [("urges", ("PoliticalActors",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_aliases(text, expected):
    assert mandates(snippet(PRE + text + "\n"), "verb", "addressees") == expected
