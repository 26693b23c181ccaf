"""First gold, S/RES/2235 (2015) op 6: "Requests further that after the Security Council has authorised
the Joint Investigative Mechanism that the United Nations Secretary-General ... undertake without delay
the steps" asked the Council: a time clause opened the "that" clause and the subject came after the
"that" said again. Not where the "that" belongs to the time clause ("when a Member State has
information to suspect that the DPRK is attempting ..., that Member State may request", S/RES/2397
(2017) op 10)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Requests further that after the Security Council has authorised the Joint Investigative Mechanism that "
        "the United Nations Secretary-General, in coordination with the OPCW Director-General, undertake without "
        "delay the steps necessary;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Decides that when a Member State has information to suspect that the DPRK is attempting to supply illicit "
        "cargo, that Member State may request additional information from other relevant Member States;",
        [("decides", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_that_said_again_after_a_time_clause(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
