""" "members" bare, after a mandate that asked the members of a body: "urges the members of the World Trade Organization
to promptly ratify or accept this agreement according to their domestic procedures, ..., and encourages members to
continue negotiations on outstanding issues" (A/RES/77/151 op 22 and the Assembly's yearly sustainable fisheries texts:
A/RES/78/134 op 26, 79/195 op 29; "encourages World Trade Organization members to continue to deposit their instruments
..., and calls upon members, as soon as possible, to fully and effectively implement that Agreement", A/RES/80/109 op
155) had an empty set; the members are the body's, read as the body (owned_parts: "all its members" -> the body, the
golds' reading of "all members of the World Trade Organization" and of the IHO's "all its members", heldout19 A/RES/76/72
op 170). Guards: at a paragraph's opening, or after States were asked, "members" stands for no body named.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # A/RES/77/151 op 22
        "Notes the adoption of the Agreement on Fisheries Subsidies, and urges the members of the World Trade Organization "
        "to promptly ratify or accept this agreement according to their domestic procedures, aiming for an expedited "
        "entry into force, and encourages members to continue negotiations on outstanding issues;",
        [("urges", {"WTO"}), ("encourages", {"WTO"})],
    ),
    (  # guard: a paragraph's opening
        "Encourages members to continue negotiations on outstanding issues;",
        [("encourages", set())],
    ),
    (  # guard: States asked before
        "Urges States to ratify the Agreement, and encourages members to continue negotiations on outstanding issues;",
        [("urges", {"States"}), ("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_members_bare_after_their_body(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
