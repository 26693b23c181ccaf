"""The sides a document was signed between, named inside an addressee's name, were read as addressees too: "calls upon
the parties to the CPA and the communiqué signed between the United Nations and the GNU in Khartoum on 28 March 2007 to
support" was PartiesToConflict, UNSystemEntities and state:SDN; the golds read the parties alone, the United Nations
and the Government named as the communiqué's signers (the authors of a document: tests/mandate_gold/README.md "What
counts"; heldout34 15 S/RES/1919 (2010) op 13, heldout17 13, heldout30 07; S/RES/1784 (2007) op 12, 1812 (2008) op 17,
1870 (2009) op 13). list_members.authored now also leaves out who follows "signed|concluded between|among", the whole
list of sides (list_members.SIGNED_BETWEEN), as it leaves out "the mediator appointed by the African Union".
Not taken: actors named before the participle, and an addressee after a comma that closes the document's name.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "13. Expresses its concern for the health and welfare of the civilian populations in Sudan; calls upon the parties "
        "to the CPA and the communiqué signed between the United Nations and the GNU in Khartoum on 28 March 2007 to "
        "support and protect all humanitarian personnel;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "12. Calls upon the parties to the Comprehensive Peace Agreement and the communiqué, signed between the United "
        "Nations and the Government of National Unity in Khartoum on 28 March 2007, to support humanitarian operations;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (  # the sides asked themselves, the document after them
        "5. Calls upon the United Nations and the Government of Sudan to implement the communiqué signed in "
        "Khartoum on 28 March 2007;",
        [("calls-upon", {"UNSystemEntities", "state:SDN"})],
    ),
    (  # an addressee after the comma that closes the document's name
        "6. Calls upon the parties to the communiqué signed between the United Nations and the GNU, and the African "
        "Union, to support humanitarian operations;",
        [("calls-upon", {"PartiesToConflict", "AfricanUnion"})],
    ),
    (  # two sides at most (review52-C 4): a third "and X" is an addressee again
        "1. Calls upon the parties to the ceasefire signed between the Government and the M23 and the African Union "
        "and the Southern African Development Community to support;",
        [("calls-upon", {"PartiesToConflict", "AfricanUnion", "SADC"})],
    ),
    (  # the second side after "them" is still a side of the document, no addressee (the reading pinned)
        "1. Urges the parties to the agreement concluded between them and the Secretary-General to cooperate;",
        [("urges", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sides_a_document_was_signed_between(text, expected):
    r = resolution(text, date="2010-04-30", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
