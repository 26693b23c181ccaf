"""A name that holds "Secretary-General" written "Secretary General": "calls upon all peacekeeping and other relevant
United Nations missions and United Nations entities, in particular the Working Group on Children and Armed Conflict,
the Special Representative of the Secretary General for Children and Armed Conflict, and the Special Representative of
the Secretary General on Sexual Violence in Conflict, to share ..." (heldout16 S/RES/1960 (2010) op 7; about twenty
names of envoys and representatives in corpus-full, S/RES/2106 (2013), 2467 (2019), 2349 (2017) among them): every
alias with the title after another word matches it with no hyphen (wordsearch.both_spellings), as "Secretary General"
alone already did.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Calls upon all peacekeeping and other relevant United Nations missions and United Nations entities, in "
        "particular the Working Group on Children and Armed Conflict, the Special Representative of the Secretary "
        "General for Children and Armed Conflict, and the Special Representative of the Secretary General on Sexual "
        "Violence in Conflict, to share with relevant United Nations sanctions committees all pertinent information;",
        [
            (
                "calls-upon",
                {
                    "PeaceOperations",
                    "UNSystemEntities",
                    "SCWorkingGroupCAAC",
                    "SpecialRepresentatives",
                    "SRSGSexualViolence",
                },
            )
        ],
    ),
    (
        "Requests the Special Representative of the Secretary General on Sexual Violence in Conflict to brief the "
        "Council;",
        [("requests", {"SRSGSexualViolence"})],
    ),
    # guard: the hyphenated name, as before
    (
        "Requests the Special Representative of the Secretary-General on Sexual Violence in Conflict to brief the "
        "Council;",
        [("requests", {"SRSGSexualViolence"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_secretary_general_unhyphenated_in_names(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_both_spellings_of_the_title():
    from resgraph.wordsearch import both_spellings

    assert both_spellings(["Special Envoy of the Secretary-General", "Secretary-General"]) == (
        "Special Envoy of the Secretary-General",
        "Special Envoy of the Secretary General",
        "Secretary-General",
    )
