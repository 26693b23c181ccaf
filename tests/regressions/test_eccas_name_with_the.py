"""The Economic Community of Central African States written with "the" inside its name is ECCAS, not ECCAS and all
States ("the Central African States" read as the vocabulary's "States"): "Encourages all Member States, in particular
neighbouring States and Member States of the Economic Community of the Central African States (ECCAS) and of the
Central African Economic and Monetary Community (CEMAC)" (S/RES/2339 (2017) op 21, heldout28 S/RES/2399 (2018) op 8,
whose gold reads MemberStates alone). Since stop 65 the vocabulary has ECCASMemberStates (heldout47's id, by the pattern of
ECOWASMemberStates): "the Member States of ECCAS" asked directly are that id, no longer ECCAS beside the Member States."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    ("Calls upon the Economic Community of the Central African States to assist;", [("calls-upon", {"ECCAS"})]),
    (
        "Calls upon the Member States of the Economic Community of the Central African States (ECCAS) to utilize the "
        "procedures;",
        [("calls-upon", {"ECCASMemberStates"})],
    ),
    (
        "Encourages all Member States, in particular neighbouring States and Member States of the Economic Community of "
        "the Central African States (ECCAS) and of the Central African Economic and Monetary Community (CEMAC) to assist;",
        [("encourages", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_eccas_name_with_the(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
