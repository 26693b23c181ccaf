"""A verb before a colon whose sub-paragraphs name who acts gave no addressee where the items are "that" clauses or open
in lower case: "Further demands:\n(a) that Uganda and Rwanda, which have violated the sovereignty ..., withdraw all
their forces ...; (b) that each phase of withdrawal ... be reciprocated ...; (c) that all other foreign military presence
... be brought to an end" (S/RES/1304 (2000) op 4, heldout39 07: the gold's state:UGA, state:RWA with PartiesToConflict)
and "Recalls its decision ..., and requests:\n(a) the Panel and UNODC to continue to monitor ...; (b) the GFRS to
continue to engage" (S/RES/2776 (2025) op 17; its twin 2713 (2023) op 17, the items written in the paragraph, was read).
A "that" item is read as a "that" clause after the verb is, who opens its subject (subparagraphs._that_subject); a
lower-case item as a capitalised one, a determiner opening it. Not taken: a subject that is a thing ("(b) that each
phase of withdrawal completed by Ugandan and Rwandan forces be reciprocated": no one opens it), an item's own
infinitive ("(a) to develop a strategy with the Secretary-General"). Limit: (b)'s passive agent ("by the other
parties", the gold's PartiesToConflict) is not read."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling the Panel of Experts established pursuant to resolution 2444 (2018),\n\n1. "

CASES = [
    (
        "Further demands:\n(a) that Uganda and Rwanda, which have violated the sovereignty and territorial integrity of "
        "the Democratic Republic of the Congo, withdraw all their forces from the territory of the Democratic Republic "
        "of the Congo without further delay;\n(b) that each phase of withdrawal completed by Ugandan and Rwandan forces "
        "be reciprocated by the other parties in conformity with the same timetable;\n(c) that all other foreign "
        "military presence and activity be brought to an end;\n",
        [("demands", {"state:UGA", "state:RWA"})],
    ),
    (
        "Recalls its decision in resolution 2696 (2023) to authorise a one-off disposal of charcoal stockpiles, and "
        "requests:\n(a) the Secretary-General and UNODC to continue to monitor the charcoal stockpiles; and,\n(b) the "
        "Federal Government of Somalia to continue to engage with the Committee;\n",
        [("requests", {"SecretaryGeneral", "UNODC", "state:SOM"})],
    ),
    # the document's panel named bare in an item, as in the paragraph's own text
    (
        "Recalls its decision, and requests:\n(a) the Panel and UNODC to continue to monitor the charcoal stockpiles;\n",
        [("requests", {"PanelOfExperts2444", "UNODC"})],
    ),
    # near misses: a thing opens the subject; the item's own infinitive
    (
        "Further demands:\n(a) that each phase of withdrawal completed by Ugandan and Rwandan forces be reciprocated;\n"
        "(b) that all other foreign military presence be brought to an end;\n",
        [("demands", set())],
    ),
    (
        "Requests:\n(a) to develop a strategy with the Secretary-General to address the matter;\n",
        [("requests", set())],
    ),
    # a capitalised item, read before this change too (a neighbour, not a near miss)
    (
        "Invites:\n(a) Member States to consider contributing;\n",
        [("invites", {"MemberStates"})],
    ),
    # near misses: a passive subject is acted on, not asked (as after "and that")
    ("Requests:\n(a) that the Council be kept informed of progress;\n", [("requests", set())]),
    ("Requests:\n(a) that MONUC be given full access to the sites;\n", [("requests", set())]),
    ("Requests:\n(a) that Member States be provided with assistance;\n", [("requests", set())]),
    ("Requests:\n(a) the Council to be kept informed of progress;\n", [("requests", set())]),
    # near miss: an actor that does not open a lower-case item
    (
        "Requests:\n(a) each report of the Secretary-General to contain an assessment;\n",
        [("requests", set())],
    ),
    # near misses: the Panel named as whom the asked work with, not as asked
    (
        "Requests:\n(a) The Federal Government of Somalia to cooperate fully with the Panel;\n",
        [("requests", {"state:SOM"})],
    ),
    ("Requests:\n(a) all States to provide the Panel with information;\n", [("requests", {"States"})]),
    (
        "Requests:\n(a) that all parties cooperate fully with the Panel;\n",
        [("requests", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_list_whose_items_name_who_acts(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
