"""A window that asks a part of the actor a possessive stands for (stop 34's sample of corpus-full mandates naming no
actor): "Invites the United Nations High Commissioner for Human Rights to continue to give high priority to the question
of the relationship between extreme poverty and human rights, and also invites her Office to pursue further work in this
area" (A/RES/75/175 op 19, 77/223 op 20, 79/178 op 18: OHCHR, the vocabulary's "Office of the High Commissioner for
Human Rights"); "Recognizes the important work of the International Hydrographic Organization ..., calls upon States that
have not yet done so to consider becoming members of that Organization, encourages all its members to actively consider
... applications of States" (A/RES/74/19 op 165 and the oceans texts to 80/110: the Organization, as "members of" a body
is the body, addressees.OFFICER; IHO a new id). "that Organization" after the International Maritime Organization stays
the Maritime Organization's (A/RES/74/19 op 161)."""

import pytest

from resgraph.extract.owned_parts import PART
from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/75/175 op 19
        "Invites the United Nations High Commissioner for Human Rights to continue to give high priority to the "
        "question of the relationship between extreme poverty and human rights, and also invites her Office to pursue "
        "further work in this area;",
        [("invites", {"HighCommissionerHumanRights"}), ("invites", {"OHCHR"})],
    ),
    (  # A/RES/79/144 op 152
        "Recognizes the important work of the International Hydrographic Organization and regional hydrographic "
        "commissions, calls upon States that have not yet done so to consider becoming members of that Organization, "
        "urges all its members to actively facilitate and consider in a timely manner applications of States;",
        [("calls-upon", {"States"}), ("urges", {"IHO"})],
    ),
    (  # guard, A/RES/74/19 op 161 (the Maritime Organization named last)
        "Welcomes the work of the International Hydrographic Organization, welcomes the work of the International "
        "Maritime Organization relating to the protection of shipping lanes, and calls upon that Organization, States "
        "bordering straits and user States to continue their cooperation;",
        [("calls-upon", {"UNFundsProgrammes", "States"})],
    ),
    (  # guard: a person's envoy is no part read here
        "Invites the Secretary-General to act, and invites his Special Envoy to act;",
        [("invites", {"SecretaryGeneral"}), ("invites", {"SpecialEnvoys"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_part_of_whom_a_possessive_stands_for(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_part_pattern_grows_linearly():
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "all its" + " " * n + "members" + " " * n, PART.fullmatch, 2000) < LINEAR
    assert growth(lambda n: "its respective" + " x" * n, PART.fullmatch, 2000) < LINEAR
