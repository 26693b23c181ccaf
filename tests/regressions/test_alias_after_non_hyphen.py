"""An alias inside a word made with "non-": "Reiterates its call to all parties concerned, including non-State
parties, to ensure the safety" (S/RES/1296 (2000) op 12, found by a random survey of whole texts) added States
parties, as "State parties" was matched after "non-"; "non-member States" likewise read Member States. No alias
begins after "non-" now; the words after it are read as they stand ("parties", "States"), and a name that opens
with "non-" ("non-State actors", "non-governmental organizations") is matched whole, as before."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1265 (1999),\n\n1. "

CASES = [
    (  # S/RES/1296 (2000) op 12 (a non-breaking hyphen, as written)
        "Reiterates its call to all parties concerned, including non\u2011State parties, to ensure the safety, "
        "security and freedom of movement of United Nations and associated personnel;",
        {"PartiesToConflict"},
    ),
    ("Encourages Member States and non-member States to contribute to the Fund;", {"MemberStates", "States"}),
    ("Urges non-State actors to refrain from any such acts;", {"NonStateActors"}),
    ("Calls upon non-governmental organizations to assist;", {"CivilSociety"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_no_alias_begins_after_non(text, expected):
    got = mandates(snippet(SC + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
