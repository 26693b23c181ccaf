"""The parties of a joint activity listed after "including" (agents.LIST_GOES_ON; heldout12's miss, the same wording as
heldout17's "in particular/including lose members"): "Urges close coordination among UN missions in the region,
including UNAMID, the United Nations Interim Security Force for Abyei (UNISFA) and the United Nations Mission in South
Sudan (UNMISS)" (heldout12 S/RES/2173 (2014) op 21: PeaceOperations and the three; "UN missions" was no alias, so the
missions alone) and its yearly twins written "United Nations missions" (S/RES/2063 (2012) op 16, 2113, 2296, 2363, 2429:
the missions after "including" were lost, PeaceOperations alone)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "

CASES = [
    (  # S/RES/2173 (2014) op 21
        "Urges close coordination among UN missions in the region, including UNAMID, the United Nations Interim Security "
        "Force for Abyei (UNISFA) and the United Nations Mission in South Sudan (UNMISS), and requests the "
        "Secretary-General to ensure effective inter-mission cooperation;",
        [("urges", {"PeaceOperations", "UNAMID", "UNISFA", "UNMISS"}), ("requests", {"SecretaryGeneral"})],
    ),
    (  # S/RES/2063 (2012) op 16
        "Urges close coordination among United Nations missions in the region, including UNAMID, the United Nations "
        "Interim Security Force for Abyei (UNISFA) and the United Nations Mission in South Sudan (UNMISS);",
        [("urges", {"PeaceOperations", "UNAMID", "UNISFA", "UNMISS"})],
    ),
    (  # guard: a topic after the list, no member named after "including" ("in the region, including in Darfur")
        "Urges close coordination among United Nations missions in the region, including in Darfur, to protect civilians;",
        [("urges", {"PeaceOperations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordination_among_missions_including(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_list_goes_on_is_linear():
    from resgraph.extract.agents import LIST_GOES_ON
    from tests.growth import LINEAR, growth

    assert growth(lambda n: ", including" + " " * n + "x", LIST_GOES_ON.fullmatch, 2000) < LINEAR
