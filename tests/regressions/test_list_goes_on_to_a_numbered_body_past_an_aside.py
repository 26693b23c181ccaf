"""A list of addressees going on past an aside to bodies counted: "calls upon all United Nations entities in Côte
d'Ivoire and Liberia, including all relevant components of UNOCI and UNMIL, within their respective mandates,
capabilities and areas of deployment, as well as the two United Nations Country Teams, where relevant and appropriate,
to intensify support to the Ivorian and Liberian authorities" (heldout20 15, S/RES/2239 (2015) op 19: the country
teams too): the aside's closing comma is followed by "as well as" and a name, but "two" stood between the article and
the name, and the window ended at the aside, losing the country teams."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "19. Calls upon all United Nations entities in Côte d’Ivoire and Liberia, including all relevant components "
        "of UNOCI and UNMIL, within their respective mandates, capabilities and areas of deployment, as well as the "
        "two United Nations Country Teams, where relevant and appropriate, to intensify support to the Ivorian and "
        "Liberian authorities;",
        [("calls-upon", {"UNSystemEntities", "UNOCI", "UNMIL", "UNCountryTeams"})],
    ),
    (
        "7. Requests UNMIL, within its existing mandate, capabilities and areas of deployment, and both United "
        "Nations country teams to support the Government;",
        [("requests", {"UNMIL", "UNCountryTeams"})],
    ),
    # the aside's own list, with no body joined after it, stays out
    (
        "8. Requests UNMIL, within its existing mandate, capabilities and areas of deployment, to support the "
        "Government;",
        [("requests", {"UNMIL"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_goes_on_to_a_numbered_body_past_an_aside(text, expected):
    r = resolution(text, date="2015-08-20")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
