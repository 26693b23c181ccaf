"""The givers of a gift asked for, named after what is given: "invites donation of vaccine doses from developed economies
and all those in a position to do so to low- and middle-income countries" (heldout15 S/RES/2565 (2021) op 11:
DevelopedCountries, Donors). agents.FROM read a giver right after the noun of what is given or after what it is for;
what is given, after "of", may stand between now (no preposition among its words), "donation" is a giver noun
(verbs.yaml `unaddressed.giver_nouns` had only "donations") and "developed economies" are developed countries.
Guards: a noun of no gift before "of" gives no giver ("the withdrawal of troops from Lebanon"), and the leftmost
"of" run does not hide the giver of the support after it ("the mobilization of resources and building of capacity
with support from international financial institutions and the donor community", A/RES/74/19 op 17 and its renewals).
"efforts", "effort" are giver nouns too (heldout42's misses: "urges expeditious efforts from national authorities, UNMISS,
the United Nations Country Team and relevant international partners", S/RES/2109 (2013) op 42, had read no one)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (  # heldout15 S/RES/2565 (2021) op 11
        "Emphasises the urgent need for solidarity, equity, and efficacy and invites donation of vaccine doses from "
        "developed economies and all those in a position to do so to low- and middle-income countries and other "
        "countries in need, particularly through the COVAX Facility;",
        [("invites", {"DevelopedCountries", "Donors"})],
    ),
    (
        "Encourages contributions of resources from Member States;",
        [("encourages", {"MemberStates"})],
    ),
    (  # S/RES/2109 (2013) op 42 (heldout42 15): the makers of efforts, after "from" as after "by" ("efforts" a giver noun)
        "Requests that UNMISS be prepared to play a role, and urges expeditious efforts from UNMISS, the United Nations "
        "Country Team and relevant international partners in this regard;",
        [("requests", {"UNMISS"}), ("urges", {"UNMISS", "UNCountryTeams", "DevelopmentPartners"})],
    ),
    (  # guards
        "Encourages the withdrawal of troops from Lebanon;",
        [("encourages", set())],
    ),
    (  # an infinitive's object: no giver ("from" a place or a source)
        "Urges efforts to protect civilians from armed groups;",
        [("urges", set())],
    ),
    (  # A/RES/74/19 op 17
        "Encourages intensified efforts to build capacity for developing countries, as well as the mobilization of "
        "resources and building of capacity with support from international financial institutions and the donor "
        "community;",
        [("encourages", {"InternationalFinancialInstitutions", "Donors"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_givers_of_what_is_given(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "donation of " + "vaccine " * n + "from the ",  # a long gift, past the reach of FOR_WHAT
        lambda n: "donation of" + " " * n + "doses from ",  # a run of spaces inside it
    ],
)
def test_from_of_linear(make):
    """FROM with what is given after "of" reads the text before an actor once: linear in a hostile run."""
    from resgraph.extract.agents import FROM
    from tests.growth import LINEAR, growth

    assert growth(make, FROM.search, 2000) < LINEAR
