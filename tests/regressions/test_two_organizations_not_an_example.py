""" "The two organizations" are not an example singled out of one of them (heldout44 A/RES/79/284 op 31, heldout45
A/RES/77/284 op 28).

"Encourages further cooperation between the United Nations, especially the United Nations Educational, Scientific and
Cultural Organization, and the Council of Europe ...; Welcomes and continues to encourage the close cooperation between
the two organizations" read the two named last, UNESCO and the Council of Europe; the golds read the United Nations and
the Council (UNESCO is the United Nations' example). The running record of who was named (named.py) now notes an
example singled out of the actor before it ("especially", "in particular", "notably", "including": named.noted_order)
just before that actor. Near misses: three bodies named side by side keep the two named last; two named alone stay both;
an actor named after the examples' head, and the last of two examples, stay the one named last ("the Office")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/284,\n\n1. "

CASES = [
    (
        "Encourages further cooperation between the United Nations, especially the United Nations Educational, "
        "Scientific and Cultural Organization, and the Council of Europe through their mechanisms;\n\n2. Welcomes and "
        "continues to encourage the close cooperation between the two organizations in the fight against crime;",
        [{"UNSystemEntities", "UNFundsProgrammes", "CouncilOfEurope"}, {"UNSystemEntities", "CouncilOfEurope"}],
    ),
    (  # the example named with another example, no comma between
        "Encourages further cooperation between the United Nations, in particular the United Nations Development "
        "Programme and the United Nations Children's Fund, and the Council of Europe;\n\n2. Encourages the two "
        "organizations to continue their cooperation;",
        [{"UNSystemEntities", "UNFundsProgrammes", "CouncilOfEurope"}, {"UNSystemEntities", "CouncilOfEurope"}],
    ),
    (  # near miss: no example, the two named last, as before
        "Encourages cooperation between the United Nations, the United Nations Development Programme and the Council "
        "of Europe;\n\n2. Encourages the two organizations to cooperate;",
        [{"UNSystemEntities", "UNFundsProgrammes", "CouncilOfEurope"}, {"UNFundsProgrammes", "CouncilOfEurope"}],
    ),
    (  # near miss: two named alone
        "Encourages cooperation between the United Nations and the Council of Europe;\n\n2. Encourages the two "
        "organizations to cooperate;",
        [{"UNSystemEntities", "CouncilOfEurope"}, {"UNSystemEntities", "CouncilOfEurope"}],
    ),
    (  # near miss (review of stop 63): an example is noted just before its own head, not before every actor of the
        # paragraph: "the Office" is still the one named last, the High Commissioner's, not the Labour Office
        "Notes the work of the International Labour Organization and the United Nations system, in particular the "
        "Office of the United Nations High Commissioner for Human Rights, in this field;\n\n2. Requests the Office to "
        "continue its work;",
        [{"OHCHR"}],
    ),
    (  # near miss (review of stop 63): two examples keep their text order (the Office named last, not UNODC)
        "Notes the work of the World Health Organization, the United Nations Development Programme, the United Nations "
        "Children's Fund, the World Bank, the International Monetary Fund, the United Nations Environment Programme and "
        "the United Nations system, in particular the United Nations Office on Drugs and Crime and the Office of the "
        "United Nations High Commissioner for Human Rights;\n\n2. Requests the Office to continue its work;",
        [{"OHCHR"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_two_organizations_not_an_example(text, expected):
    assert mandates(snippet(GA + text + "\n"), "addressees", as_sets=True) == expected
