"""The United Nations' entities capitalised and OHCHR by its acronym (heldout42's misses): "requests that all Heads of UN
Entities, lend all possible support to the Secretary-General in this matter" (S/RES/2493 (2019) op 9) read
SecretaryGeneral (no alias matched "UN Entities", so the "that" clause took the previous ask's addressee); "requests
UNMISS, United Nations OHCHR and other relevant United Nations actors, to advise and assist the Government" (S/RES/2109
(2013) op 18) lost OHCHR (the vocabulary had no "OHCHR"). actors.yaml: UNSystemEntities gains "UN Entities", "United
Nations Entities"; OHCHR gains "OHCHR". Near miss: the lower-case heads keep their reading.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2467 (2019),\n\n1. "

CASES = [
    (  # S/RES/2493 (2019) op 9
        "Requests the Secretary-General to ensure the full implementation of the Women, Peace and Security agenda, and "
        "requests that all Heads of UN Entities, lend all possible support to the Secretary-General in this matter;",
        [("requests", {"SecretaryGeneral"}), ("requests", {"UNSystemEntities"})],
    ),
    (  # S/RES/2109 (2013) op 18
        "Requests UNMISS, United Nations OHCHR and other relevant United Nations actors, to advise and assist the "
        "Government of the Republic of South Sudan in this regard;",
        [("requests", {"UNMISS", "OHCHR", "UNSystemEntities"})],
    ),
    (  # near miss
        "Requests the heads of United Nations entities to lend support;",
        [("requests", {"UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_un_entities_and_ohchr_by_their_short_names(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
