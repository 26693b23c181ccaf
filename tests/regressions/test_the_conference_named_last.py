""" "The Conference" stands for no convention's conference (CTOCCOP, UNCACCOSP) while another conference may have been
named after it (review55-B finding 3, b1ab1a3 reverted): the conference named last wins only among the ids sharing the
contextual alias, so a conference with another id (UNCTAD) or one the vocabulary lacks ("the 2028 United Nations Ocean
Conference") named after the convention's conference gave UNCACCOSP. An empty set beats a wrong id (README "What
counts"); A/RES/79/190 op 27's "invites the Conference" is left empty until every conference named counts."""

import pytest

from tests.snippets import mandates, snippet

PRE = "Recalling the resolutions of the Conference of the States Parties to the United Nations Convention against Corruption,"
CASES = [
    (
        "Noting the work of the United Nations Conference on Trade and Development on illicit financial flows,\n\n"
        "1. Invites the Conference to continue its work on the statistical framework;",
        [("invites", ())],
    ),
    (  # the Ocean Conference has an id but not "the Conference" (test_the_conference_the_assembly_convenes)
        "1. Decides to convene the 2028 United Nations Ocean Conference, and invites the Conference to adopt a declaration;",
        [("decides", ("GeneralAssembly",)), ("invites", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_conference_named_last(text, expected):
    r = snippet("The General Assembly,\n\n" + PRE + "\n\n" + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
