"""A decision's "that" said again after the aside that opens its clause, the subject right after it: "Decides that, in
furtherance of paragraph 9 of resolution 2178 and the standard established by ICAO that its Member States establish
advance passenger information (API) systems as of October 23, 2017, that Member States shall require airlines ... to
provide API" (heldout38 S/RES/2396 (2017) op 11: MemberStates) was the Council's: after the comma closing an aside
only "the" (or the "then" of a condition) might stand before the subject. that_opening._after_aside now reads "that"
there as "then" is read. Not taken: the aside's own "that" clause ("the standard ... that its Member States establish",
no comma before it), and a thing as the subject after the second "that" (the Council's: "that matter shall be brought
to the attention of the General Assembly", the Assembly's unforeseen expenses texts)."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    (
        "SC",
        "1. Decides that, in furtherance of paragraph 9 of resolution 2178 and the standard established by ICAO that its "
        "Member States establish advance passenger information (API) systems as of October 23, 2017, that Member States "
        "shall require airlines operating in their territories to provide API to the appropriate national authorities;",
        [("decides", ("MemberStates",))],
    ),
    (  # the subject right after the comma, as before
        "SC",
        "1. Decides that, in furtherance of paragraph 9 of resolution 2178, Member States shall require airlines "
        "operating in their territories to provide API;",
        [("decides", ("MemberStates",))],
    ),
    (  # not taken: a thing after the second "that"
        "GA",
        "1. Decides that, for the year 2023, if a decision of the Security Council results in the need for the "
        "Secretary-General to enter into commitments in an amount exceeding 10 million dollars, that matter shall be "
        "brought to the attention of the General Assembly;",
        [("decides", ("GeneralAssembly",))],
    ),
]

OPENERS = {"SC": "The Security Council,\n\n", "GA": "The General Assembly,\n\n"}


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_that_said_again_after_an_aside(organ, text, expected):
    assert mandates(snippet(OPENERS[organ] + text + "\n"), "verb", "addressees") == expected
