"""Held-out gold heldout12 S/RES/2193 (2014) op 3: "Decides to extend the term of office of the following
permanent judge at the International Tribunal, who is a member of the Appeals Chamber, until 31 July 2015
...:" with "Patrick Robinson (Jamaica)" on the next line is a term of the judge named ("... (Patrick
Robinson)", as a Prosecutor's term names its holder); the extractor left the name out. Judges listed in
the plural keep the group's name."""

import pytest

from tests.snippets import resolution, terms

ONE = (
    "3. Decides to extend the term of office of the following permanent judge at the International Tribunal, who "
    "is a member of the Appeals Chamber, until 31 July 2015 or until the completion of the cases to which he is "
    "assigned, if sooner:\n\nPatrick Robinson (Jamaica)\n\n"
    "4. Decides to extend the term of office of the following permanent judges at the International Tribunal, who "
    "are members of the Trial Chambers, until 31 December 2015 or until the completion of the cases to which they "
    "are assigned, if sooner:\n\nBurton Hall (The Bahamas)\n\n5. Urges the Tribunal to complete its work;"
)
CASES = [
    (
        ONE,
        [
            (
                3,
                "extends",
                "permanent judge of the International Tribunal, member of the Appeals Chamber (Patrick Robinson)",
            ),
            (4, "extends", "permanent judges of the International Tribunal, members of the Trial Chambers"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_one_holder_named_on_the_next_line(text, expected):
    r = resolution(text, date="2014-12-18")
    assert terms(r, "op", "action", "of") == expected
