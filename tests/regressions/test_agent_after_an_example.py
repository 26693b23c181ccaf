""" "Encourages the use of and engagement with forums and expertise available within relevant United Nations bodies, such
as the Commission on Science and Technology for Development, by all relevant stakeholders in an inclusive and equitable
manner" (A/RES/74/197 op 31, renewed every year to A/RES/80/118 op 43): the agent of the activity, after "by", is who
is asked (the addressee convention from stop 27, tests/mandate_gold/README.md, "What counts"), but the addressee window
ended at the comma before the example ("such as ..."), and the mandate named no actor (7 of them on corpus-full,
tests/mandate_gold/addressee_survey.md). The window now reads past an example set off by commas to the "by" right after
it. Near misses: an example with no "by" after it still ends the object; the bodies of the example are no agents; a
window that ends before the example is unchanged."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Encourages the use of and engagement with forums and expertise available within relevant United Nations bodies, "
        "such as the Commission on Science and Technology for Development, by all relevant stakeholders in an inclusive "
        "and equitable manner to promote global digital cooperation;",
        [("encourages", ("Stakeholders",))],
    ),
    (
        "Encourages the use of regional forums, such as the regional commissions, by Member States to share experiences;",
        [("encourages", ("MemberStates",))],
    ),
    # near misses: no "by" after the example, no agent; the example's body is not taken for one
    (
        "Encourages the use of forums, such as the Commission on Science and Technology for Development, to promote "
        "global digital cooperation;",
        [("encourages", ())],
    ),
    (
        "Encourages the use of regional forums, such as the Commission on Science and Technology for Development, and "
        "calls upon States to share experiences;",
        [("encourages", ()), ("calls-upon", ("States",))],
    ),
    # an example with a "by" of its own: its agent is the example's, and the window does not read past it (review64-E)
    (
        "Encourages support, such as that provided by the World Bank, by Member States;",
        [("encourages", ())],
    ),
    # a "by" after the example that is a date or a means is no agent
    (
        "Encourages the use of regional forums, such as the regional commissions, by 2030;",
        [("encourages", ())],
    ),
    (
        "Encourages the use of regional forums, such as the regional commissions, by sharing experiences;",
        [("encourages", ())],
    ),
    # a list of addressees with an example of its own keeps its reading (the example's body named with them)
    (
        "Encourages Member States and relevant stakeholders, such as academia, to share experiences;",
        [("encourages", ("MemberStates", "Stakeholders", "Academia"))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_agent_after_an_example(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
