"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/54/25 and 58/17: bodies the vocabulary
lacked or read as another. "the Intergovernmental Working Group on the Effective Implementation of the
Durban Declaration and Programme of Action" was a special procedure (its "Working Group on") or the
generic expert group; "other relevant parts of the United Nations Organization", "the United Nations
Organization" and "sport-related institutions" were nobody; "the field-based structure of the Office of
the High Commissioner in Seoul" was nobody (a part of the Office, asked as the Office). Vocabulary
data (ontology/vocab/actors.yaml): DurbanIGWG, SportsOrganizations, aliases of UNSystemEntities and OHCHR."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "7. Requests the Intergovernmental Working Group on the Effective Implementation of the Durban Declaration "
        "and Programme of Action to continue its work on sports and racism;",
        [("requests", ("DurbanIGWG",))],
    ),
    (
        "10. Requests the High Commissioner and other relevant parts of the United Nations Organization to support "
        "the development and implementation of practical measures;",
        [("requests", ("HighCommissionerHumanRights", "UNSystemEntities"))],
    ),
    (
        "11. Calls upon States, the United Nations Organization and sport-related institutions to help to initiate "
        "grass-roots initiatives;",
        [("calls-upon", ("States", "UNSystemEntities", "SportsOrganizations"))],
    ),
    (
        "21. Encourages the field-based structure of the Office of the High Commissioner in Seoul to continue its "
        "endeavours;",
        [("encourages", ("OHCHR",))],
    ),
    (  # the mission's name goes on: no UNSystemEntities inside it
        "5. Requests the United Nations Organization Stabilization Mission in the Democratic Republic of the Congo to "
        "continue its work;",
        [("requests", ("MONUSCO",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_human_rights_bodies_the_vocabulary_lacked(text, expected):
    r = resolution(text, date="2023-10-12", organ="HRC")
    assert mandates(r, "verb", "addressees") == expected
