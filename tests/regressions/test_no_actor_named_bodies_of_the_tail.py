"""The "no actor" tail of corpus-full (scripts/mandate_stats.py, "an addressee is named but not
found"): bodies, groups and States named in two or more resolutions that the vocabulary lacked gave
mandates with no addressee: "Encourages the United Nations internal and external oversight bodies"
(A/RES/74/256 op 7 and five more), "Requests the global Campaign to End Fistula" (A/RES/75/159,
77/196, 79/155), "Calls upon ... United Nations country-level task forces" (S/RES/2143, 2427,
2601), "Invites the Co-Chairs of the multi-stakeholder forum on science, technology and innovation
for the Sustainable Development Goals" (A/RES/77/150 and three more), "Encourages Presidents-elect"
(of the Assembly, A/RES/75/325, 77/335, E/RES/2024/3), "Urges the Independent Media Commission"
(S/RES/2065, 2097), "regional human rights bodies" (A/HRC/RES/54/28, 57/32), "the panel of experts
established pursuant to resolution 2374 (2017)" in lower case (S/RES/2480, 2531), the State named
by its armed forces or a transition government ("members of the Armed Forces of Guinea-Bissau",
S/RES/1949, 2030; "the Malian Transition Government", S/RES/2584, 2640) or its head of State
("President Faustin-Archange Touadéra and his government", S/RES/2448, 2605, 2659). All are data
in ontology/vocab (actors.yaml, bodies.yaml, countries.yaml)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1000 (1995),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 70/1,\n\n1. "
CASES = [
    (
        GA,
        "Encourages the United Nations internal and external oversight bodies to further enhance cooperation;",
        ("UNOversightBodies",),
    ),
    (GA, "Requests the global Campaign to End Fistula to develop a road map;", ("CampaignToEndFistula",)),
    (SC, "Calls upon United Nations country-level task forces to continue their work;", ("CountryTaskForcesMRM",)),
    (
        GA,
        "Invites the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the "
        "Sustainable Development Goals to present the summary;",
        ("STIForumCoChairs",),
    ),
    (
        GA,
        "Encourages Presidents-elect to continue to strive for both gender and geographical balance;",
        ("PresidentsElectGA",),
    ),
    (
        SC,
        "Urges the Independent Media Commission to ensure compliance with the Media Code of Practice;",
        ("IndependentMediaCommissionSLE",),
    ),
    (GA, "Encourages regional human rights bodies to share experiences;", ("HumanRightsMechanisms",)),
    (
        SC,
        "Encourages the panel of experts established pursuant to resolution 2374 (2017) to identify parties;",
        ("PanelOfExperts2374",),
    ),
    (
        SC,
        "Urges members of the Armed Forces of Guinea-Bissau, in particular its leaders, to respect constitutional "
        "order;",
        ("state:GNB",),
    ),
    (SC, "Calls upon the Malian Transition Government to organize free and fair elections;", ("state:MLI",)),
    (SC, "Encourages President Faustin-Archange Touadéra and his government to pursue their efforts;", ("state:CAF",)),
    (GA, "Encourages the development of partnerships;", ()),  # the text names none: none is invented
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_the_addressee_is_found(pre, text, expected):
    r = snippet(pre + text + "\n")
    assert mandates(r, "addressees") == [expected]
