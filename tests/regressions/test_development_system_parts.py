"""The United Nations development system named again by a part or a short name in the Assembly's review of its
operational activities (the quadrennial comprehensive policy review): "requests the system to address, within existing
resources and mandates, the special challenges" (A/RES/75/233 op 10, 79/226 op 11), "requests each individual entity
to elaborate on how it plans to further engage" (75/233 op 21, 79/226 op 23), "invites relevant governing bodies to
review evidence-based proposals for updated cost-recovery policies from their respective entities" (75/233 op 57),
"invites the governing bodies to use the checklist" (79/226 op 90), "calls upon their governing bodies to reinforce"
(79/226 op 100) and "Urges the resident coordinator system to continue supporting programme countries" (79/226 op
108) named no actor. They are the development system's entities (UNSystemEntities), the short names only once the
system was named before; "the system" of something else the text names stays no one."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"

CASES = [
    (
        "1. Reiterates the call to the United Nations development system to continue to support developing "
        "countries, and requests the system to address, within existing resources and mandates, the special "
        "challenges facing the most vulnerable countries;",
        [("calls-upon", ("UNSystemEntities",)), ("requests", ("UNSystemEntities",))],
    ),
    (
        "1. Calls upon the United Nations development system entities to update their strategic plans, and in this "
        "regard requests each individual entity to elaborate on how it plans to further engage in coherent support;",
        [("calls-upon", ("UNSystemEntities",)), ("requests", ("UNSystemEntities",))],
    ),
    (
        "1. Calls upon the United Nations development system entities to complete the reform checklist, and invites "
        "the governing bodies to use the checklist as a tool to facilitate their oversight role;",
        [("calls-upon", ("UNSystemEntities",)), ("invites", ("UNSystemEntities",))],
    ),
    (
        "1. Urges the resident coordinator system to continue supporting programme countries’ development efforts;",
        [("urges", ("UNSystemEntities",))],
    ),
    # no development system named before: "the system" is no one
    (
        "1. Takes note of the report on the system of administration of justice, and requests the system to "
        "improve its procedures;",
        [("requests", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_development_system_parts(text, expected):
    r = resolution(text, date="2024-12-19", organ=GA)
    assert mandates(r, "verb", "addressees") == expected
