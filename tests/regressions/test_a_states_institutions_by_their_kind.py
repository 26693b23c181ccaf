"""A State's institutions or entities by their kind are the State (heldout42's misses; README "What counts", the ruling of
stop 30: the authorities of the one country a text is about are the State). "Urges the Libyan political institutions and
key stakeholders to resolve outstanding politically contentious issues" (S/RES/2755 (2024) op 5: state:LBY lost, only
"Libyan institutions" was a State's, countries.yaml after_name), "and urges relevant national entities to establish a
Transnational Crime Unit in Guinea-Bissau" (S/RES/1949 (2010) op 14: no one; now NationalAuthorities, read as the State
the text is about, subject_state), "and urges expeditious efforts from national authorities, UNMISS, ..." (S/RES/2109
(2013) op 42: bare "national authorities" as the agent after "from" or "by" is the State as after "including" or a comma).
Near misses: a thematic text keeps NationalAuthorities; "Libyan stakeholders" stay Stakeholders.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1949 (2010),\n\n"

CASES = [
    (  # S/RES/2755 (2024) op 5
        "1. Urges the Libyan political institutions and key stakeholders to resolve outstanding politically contentious "
        "issues pertaining to elections as soon as possible;",
        [("urges", {"state:LBY", "Stakeholders"})],
    ),
    (  # S/RES/1949 (2010) op 14, in a text whose ops name Guinea-Bissau
        "1. Calls upon the Government of Guinea-Bissau to act;\n\n2. Urges the Government of Guinea-Bissau to continue to "
        "tackle corruption, and urges relevant national entities to establish a Transnational Crime Unit in "
        "Guinea-Bissau through adequate mechanisms;",
        [("calls-upon", {"state:GNB"}), ("urges", {"state:GNB"}), ("urges", {"state:GNB"})],
    ),
    (  # S/RES/2109 (2013) op 42, in a text about South Sudan
        "1. Calls upon the Government of South Sudan to act;\n\n2. Requests that UNMISS be prepared to play a role in "
        "coordinating international efforts to support preparations for credible national elections in South Sudan, and "
        "urges expeditious efforts from national authorities, UNMISS, the United Nations Country Team and relevant "
        "international partners in this regard;",
        [
            ("calls-upon", {"state:SSD"}),
            ("requests", {"UNMISS"}),
            ("urges", {"state:SSD", "UNMISS", "UNCountryTeams", "DevelopmentPartners"}),
        ],
    ),
    (  # near miss: a text about no one State keeps NationalAuthorities
        "1. Urges relevant national entities to establish units to counter transnational organized crime;",
        [("urges", {"NationalAuthorities"})],
    ),
    (  # near miss: a State's stakeholders are stakeholders
        "1. Calls on all Libyan stakeholders to take steps to reunify Libya's institutions;",
        [("calls-upon", {"Stakeholders"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_states_institutions_by_their_kind(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
