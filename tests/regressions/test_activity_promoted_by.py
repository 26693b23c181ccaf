"""An activity's agent after a comma and "promoted ... by": "urges the development and strengthening of capacity-building
activities and the provision of knowledge and skills through the required education and training, promoted in
particular by the International Maritime Organization in collaboration with other relevant international organizations
and agencies" (the Assembly's yearly oceans texts: A/RES/74/19 op 115, 75/239 op 116, 76/72 op 120 (heldout19's
UNFundsProgrammes, the vocabulary's IMO), 77/248 op 122, 78/69 op 113, 79/144 op 107, 80/110 op 101) had an empty set:
"promoted" was no agentive participle (verbs.yaml `agent_participles`) and a comma stood between it and the activity
(agents.WORD_BEFORE). The partners after "in collaboration with" are not asked. Guard: a thing's author after "promoted by"
("the guidelines promoted by the IMO", a document) is still not asked.
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # A/RES/76/72 op 120
        "Emphasizes the need for further efforts to promote a culture of safety and security in the shipping industry, and "
        "urges the development and strengthening of capacity-building activities and the provision of knowledge and "
        "skills through the required education and training, promoted in particular by the International Maritime "
        "Organization in collaboration with other relevant international organizations and agencies, as appropriate;",
        [("urges", {"UNFundsProgrammes"})],
    ),
    (  # guard: a document's author
        "Encourages the implementation of the guidelines promoted by the International Maritime Organization;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_activity_promoted_by(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
