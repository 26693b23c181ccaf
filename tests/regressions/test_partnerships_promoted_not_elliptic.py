"""Partnerships after a bare "and" that ends an infinitive's object are things promoted, no second addressee (issue
12, corpus-wide: A/RES/76/187 op 41, 77/237 op 43, 78/229 op 46, 80/229 op 38, "encourages Member States to promote a
rehabilitative environment in correctional facilities and multi-stakeholder partnerships to reduce reoffending" read
as also encouraging the partnerships, the verb left out). Partnerships are actors.yaml `kind: partnership`; after a
comma they may still be the second addressee of an ellipsis, and other actors after a bare "and" still are.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Reaffirms its resolution 76/182 of 16 December 2021 on reducing reoffending through rehabilitation and "
        "reintegration, and encourages Member States to promote a rehabilitative environment in correctional "
        "facilities and multi-stakeholder partnerships to reduce reoffending by fostering inter-agency coordination;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "Encourages Member States to promote innovation and public-private partnerships to mobilize resources;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "Encourages Member States to strengthen national capacities, and multi-stakeholder partnerships to "
        "contribute to the implementation of the Agenda;",
        [("encourages", {"MemberStates", "MultiStakeholderPartnerships"})],
    ),
    (
        "Encourages Member States to accelerate the effective implementation of the Plan and relevant partners to "
        "support them;",
        [("encourages", {"MemberStates", "DevelopmentPartners"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_partnerships_promoted_not_elliptic(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
