"""States named one by one, then taken up as a group, stay those States (issue 12, the heldout4 gold:
S/RES/1493 (2003) op 29). "Encourages the Governments of the Democratic Republic of the Congo, Rwanda,
Uganda and Burundi to ..., and invites these Governments to conclude good-neighbourly agreements" asks
the four again, not all States ("Governments" alone is an alias of States). Only after States named:
"engage with concerned Governments ..., and encourages these Governments" (S/RES/2143 (2014) op 3) names
no State, and stays States.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Encourages the Governments of the Democratic Republic of the Congo, Rwanda, Uganda and Burundi to take "
        "steps to normalize their relations, and invites these Governments to conclude good-neighbourly agreements;",
        [
            ("encourages", {"state:COD", "state:RWA", "state:UGA", "state:BDI"}),
            ("invites", {"state:COD", "state:RWA", "state:UGA", "state:BDI"}),
        ],
    ),
    (
        "Calls upon Eritrea and Djibouti to engage, and urges those States to settle their dispute;",
        [("calls-upon", {"state:ERI", "state:DJI"}), ("urges", {"state:ERI", "state:DJI"})],
    ),
    (
        "Encourages the Secretary-General to engage with concerned Governments, and encourages these Governments "
        "to utilize these committees;",
        [("encourages", {"SecretaryGeneral"}), ("encourages", {"States"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_named_states_read_as_a_group(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
