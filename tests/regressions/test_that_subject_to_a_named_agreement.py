"""A "that" clause's subject named as parties to an agreement ends at its verb: "Demands that the parties
to the Ceasefire Agreement cooperate with the deployment of MONUC to the areas of operations deemed necessary
by the Special Representative" asked the Special Representative too (S/RES/1304 (2000) op 8, the scratch SC
gold): the subject went on over "to the Ceasefire Agreement" and its verb. A lower-case word inside the name
phrase is no verb ("all Ivorian parties to the Ouagadougou political Agreement, in particular the Ivorian
authorities, provide", S/RES/1782 (2007) op 4; "all parties to the Syrian domestic conflict, in particular
the Syrian authorities, immediately comply", S/RES/2191 (2014) op 1)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Demands that the parties to the Ceasefire Agreement cooperate with the deployment of MONUC to the areas of "
        "operations deemed necessary by the Special Representative of the Secretary-General, including by lifting "
        "restrictions on the freedom of movement of MONUC personnel;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        "Reiterates its demand that all Ivorian parties to the Ouagadougou political Agreement, in particular the "
        "Ivorian authorities, provide unhindered access to the Group of Experts;",
        [("demands", {"PartiesToConflict", "state:CIV"})],
    ),
    (
        "Demands that all parties to the Syrian domestic conflict, in particular the Syrian authorities, immediately "
        "comply with their obligations under international humanitarian law;",
        [("demands", {"PartiesToConflict", "state:SYR"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_that_subject_to_a_named_agreement(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
