""" "The Conference" after a convention's conference of the parties was named: "Reiterates its invitation to the
Conference of the States Parties to the Convention to identify gaps ..., and in this regard and as a first step,
invites the Conference, in the future, ... to organize a special session" (A/RES/79/190 op 27, the Convention against
Corruption's conference named in full before) named no one, where the Conference on Disarmament's "the Conference"
already stood for it (a contextual alias, the conference named last). Now UNCACCOSP, and CTOCCOP for the organized
crime convention's conference. Not taken: "the Conference" with no conference named before, the Conference on
Disarmament named after the convention's conference (the one named last wins). Left as it read: the short name "the
Conference of the States Parties to the Convention" (StatesParties, the words inside it; as a contextual alias it hid
them where no such conference was named before, the cybercrime convention's, A/RES/79/243 op 8)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\n"
UNCAC = "Conference of the States Parties to the United Nations Convention against Corruption"
CTOC = "Conference of the Parties to the United Nations Convention against Transnational Organized Crime"

CASES = [
    (  # A/RES/79/190 ops 10 and 27
        f"Recalling the resolutions of the {UNCAC},\n\n1. Reiterates the invitation to the {UNCAC} to consider "
        "the gaps;\n\n2. Reiterates its invitation to the Conference of the States Parties to the Convention to identify "
        "gaps and challenges, and in this regard and as a first step, invites the Conference, in the future, after the "
        "conclusion of and evaluation of the findings from the second review cycle, to organize a special session of the "
        "Conference on all aspects of the asset recovery and return process;\n",
        [("invites", ("UNCACCOSP",)), ("invites", ("StatesParties",)), ("invites", ("UNCACCOSP",))],
    ),
    (
        f"Recalling the decisions of the {CTOC},\n\n1. Invites the Conference to continue its work on the review "
        "mechanism;\n",
        [("invites", ("CTOCCOP",))],
    ),
    # (not taken: no conference named before; the Conference on Disarmament named last)
    (
        "Recalling its resolutions,\n\n1. Invites the Conference to continue its work;\n",
        [("invites", ())],
    ),
    (
        f"Recalling the resolutions of the {UNCAC},\n\n1. Welcomes the work of the Conference on Disarmament, and "
        "invites the Conference to continue its substantive work;\n",
        [("invites", ("ConferenceOnDisarmament",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_conference_of_a_convention_named_before(text, expected):
    assert mandates(snippet(GA + text), "verb", "addressees") == expected
