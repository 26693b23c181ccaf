"""States permitted to vote until the end of a numbered session: "Decides that the Comoros, Sao Tome and Principe and
Somalia shall be permitted to vote in the General Assembly until the end of its seventy-fourth session" (A/RES/74/1
op 6, the yearly Article 19 texts A/RES/75/2 to 78/2 and 79/3 op 6). No term was read; heldout35 21 reads a permission
given for a time: T authorizes of the States permitted, until the month the next session opens (the Assembly's
calendar, organs.yaml `month`: 2020-09). Not (review 54): the actors of an earlier "that" clause; an "until" the speaker's
calendar cannot tell, where "its" is another body named (a committee's session) or the organ's session does not run
until the next opens (a commission meets for a week or two: no until rather than a wrong one); a permission with no
time, nor one recalled."""

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
    # not: the actors of an earlier clause of the decision
    (
        "6. Decides that the Secretary-General shall inform the Committee on Contributions, and that the Comoros shall "
        "be permitted to vote in the General Assembly until the end of its seventy-fourth session.",
        "2019-10-10",
        [(6, "authorizes", "state:COM", "2020-09")],
    ),
    # not: the Assembly's calendar for "its" session, where "its" is the committee named
    (
        "6. Decides that the Holy See shall be permitted to participate as an observer in the Committee on the Peaceful "
        "Uses of Outer Space until the end of its sixty-fifth session.",
        "2019-10-10",
        [(6, "authorizes", "state:VAT", None)],
    ),
    # not: no "decides" governs the permission
    (
        "6. Recalls that the Comoros and Somalia shall be permitted to vote in the General Assembly until the end of "
        "its seventy-fourth session, and that Somalia shall be permitted to vote until the end of its seventy-fourth "
        "session; and decides to remain seized of the matter.",
        "2019-10-10",
        [],
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


@pytest.mark.parametrize("organ", ["The Commission on Narcotic Drugs", "The Commission on the Status of Women"])
def test_a_session_that_ends_before_the_next_opens_gives_no_until(organ):
    """CND's and CSW's sessions (organs.yaml `month` 3) last a week or two: the end of the 65th is not March 2023."""
    r = resolution(
        "6. Decides that the Comoros shall be permitted to participate in its work until the end of its sixty-fifth "
        "session.",
        date="2022-03-18",
        organ=organ,
    )
    assert terms(r, "op", "action", "of", "until") == [(6, "authorizes", "state:COM", None)]
