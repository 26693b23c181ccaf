"""A decision whose embedded directive is "to request that X <subjunctive>" was read as the organ's own: "Decides to
request that the Secretary-General close the United Nations Trust Fund ... and to make the necessary arrangements to
reimburse ..." (S/RES/1448 (2002) op 4) gave decides [SecurityCouncil]. The addressee of a decision is whoever its
embedded directive names, as "Decides to request the President ... to organize" (heldout9 E/RES/2024/4 op 11) and
"Decides to authorize the Secretary-General" (heldout19 14 op 3) give; the "that" form names him as the subject of its
clause, as "Requests that the Secretary-General close" does outside a decision (windows.WINDOW_LEAD). A "that" clause
whose subject is no actor ("such contributions be made available") names no one: the decision stays the organ's.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1237 (1999),\n\n1. "

CASES = [
    (
        "Decides to request that the Secretary-General close the United Nations Trust Fund established pursuant to "
        "paragraph 11 of resolution 1237 (1999) and to make the necessary arrangements to reimburse, on a "
        "proportionate basis and in accordance with relevant financial procedures, those Members States who provided "
        "voluntary contributions to the United Nations Trust Fund.",
        [("decides", {"SecretaryGeneral"})],
    ),
    # outside a decision: the same subject
    (
        "Requests that the Secretary-General close the United Nations Trust Fund established pursuant to paragraph 11 "
        "of resolution 1237 (1999);",
        [("requests", {"SecretaryGeneral"})],
    ),
    # the form without "that", read before
    (
        "Decides to request the Secretary-General to close the United Nations Trust Fund;",
        [("decides", {"SecretaryGeneral"})],
    ),
    # no actor in the "that" clause: the organ's own decision
    (
        "Decides to request that such contributions be made available on the website of the Office;",
        [("decides", {"SecurityCouncil"})],
    ),
    # an actor inside the subject, not the subject: no one asked, the organ's own decision (review53 D3)
    (
        "Decides to request that the report of the Secretary-General be transmitted to the General Assembly;",
        [("decides", {"SecurityCouncil"})],
    ),
    (
        "Decides to request that contributions from Member States be made available to the Trust Fund;",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_decided_request_that(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
