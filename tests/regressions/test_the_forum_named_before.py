"""'the Forum' is the forum the document named before it (A/RES/80/173 op 98, the WSIS review: "We
welcome the evolution of the Internet Governance Forum ... and request the Forum to report annually"
asked no one: the vocabulary lacked the Internet Governance Forum, so its contextual "the Forum" could
stand for no body named; now IGF); in a text that names none, the United Nations Forum on Forests
(its `default_for`, the ECOSOC forest resolutions)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Welcomes the evolution of the Internet Governance Forum from an annual meeting into a broader ecosystem, and "
        "requests the Forum to report annually on progress to the Commission on Science and Technology for "
        "Development;",
        [("requests", ("IGF",))],
    ),
    (
        "Welcomes the work of the Development Cooperation Forum, and invites the Forum to continue its work;",
        [("invites", ("DCF",))],
    ),
    ("Invites the Forum to continue its work on forest financing;", [("invites", ("UNFF",))]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_forum_named_before(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
