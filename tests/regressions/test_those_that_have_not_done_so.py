""" "Those" with a relative clause stands for the group "those ... that" named before it in the paragraph (heldout17's
miss, A/RES/78/59 op 8, the class "States members of the Committee = States"): "Encourages Member States to provide
assistance to those States members of the Standing Advisory Committee that have ratified the Arms Trade Treaty, and
encourages those that have not yet done so to ratify the Treaty" is the Committee's member States (States, as heldout5
25, heldout6 25 and heldout17 25 read them), not the Member States asked before; with no such group before, "those"
stays whom the paragraph asked ("Expresses its appreciation to the nuclear-weapon States that have signed the Protocols
..., and calls upon those that have not yet ratified", A/RES/75/30 op 4: the States)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/78/59 op 8 and its yearly twins
        "Encourages Member States to provide assistance to those States members of the Standing Advisory Committee that "
        "have ratified the Arms Trade Treaty, and encourages those that have not yet done so to ratify the Treaty;",
        [("encourages", {"MemberStates"}), ("encourages", {"States"})],
    ),
    (  # guard: "those" after a mandate, no "those ... that" group before it
        "Urges Member States to ratify the Treaty, and encourages those that have not yet done so to consider it;",
        [("urges", {"MemberStates"}), ("encourages", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_those_that_have_not_done_so(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_those_group_is_linear():
    from resgraph.extract.pronouns import THOSE_GROUP
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "those " + "x " * n + "y", lambda t: list(THOSE_GROUP.finditer(t)), 500) < LINEAR
