"""States permitted to vote until the end of a numbered session: "Decides that the Comoros, Sao Tome and Principe and
Somalia shall be permitted to vote in the General Assembly until the end of its seventy-fourth session" (A/RES/74/1
op 6, the yearly Article 19 texts A/RES/75/2 to 78/2 and 79/3 op 6). No term was read; heldout35 21 reads a permission
given for a time: T authorizes of the States permitted, until the month the next session opens (the Assembly's
calendar, organs.yaml `month`: 2020-09). Not: a permission with no time, nor one "until" no session's end."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "6. Decides that the Comoros, Sao Tome and Principe and Somalia shall be permitted to vote in the General "
        "Assembly until the end of its seventy-fourth session.",
        "2019-10-10",
        [(6, "authorizes", "state:COM,state:STP,state:SOM", "2020-09")],
    ),
    (
        "6. Decides that Sao Tome and Principe and Somalia shall be permitted to vote in the General Assembly until the "
        "end of its seventy-ninth session.",
        "2024-10-09",
        [(6, "authorizes", "state:STP,state:SOM", "2025-09")],
    ),
    # not: no time
    (
        "6. Decides that the Comoros and Somalia shall be permitted to vote in the General Assembly.",
        "2019-10-10",
        [],
    ),
    # not: a permission recalled, no decision
    (
        "6. Recalls that the Comoros shall be permitted to vote in the General Assembly until the end of its "
        "seventy-fourth session.",
        "2019-10-10",
        [],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_term_permitted_to_vote_until_a_session(text, date, expected):
    r = resolution(text, date=date, organ="GA")
    assert terms(r, "op", "action", "of", "until") == expected
