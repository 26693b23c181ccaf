"""A second addressee after the first one's infinitive, its verb left out: "Calls upon States to ensure
gender equality, ..., and other relevant stakeholders as appropriate to take action" (A/HRC/RES/54/16
op 22) asks States and the stakeholders; so "Calls upon all parties to armed conflict to respect, and all
States to ensure respect for, international humanitarian law" (E/RES/2021/17 op 31) and "encourages the
Government of Sierra Leone to continue ..., and international partners to continue to provide support"
(S/RES/1941 (2010) op 7). Not where the words after ", and" go on a list of the infinitive's object:
"to cooperate with the UNODC, IMO, and other States and international organizations to build"
(S/RES/2554 (2020) op 24), "to work with national human rights institutions, ..., and other relevant
stakeholders to understand" (A/HRC/RES/57/14 op 5; so S/RES/1793 (2007) op 6, "to continue its close
engagement with the Peacebuilding Commission, ..., and international donors to continue", is left with its
first addressee: "with" before the comma makes it a list), nor where they name no actor.
"""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        HRC,
        "Calls upon States to ensure gender equality, women’s rights and children’s rights, and other relevant "
        "stakeholders as appropriate to take action, through inclusive public awareness-raising;",
        [("calls-upon", {"States", "Stakeholders"})],
    ),
    (
        HRC,
        "Calls upon all parties to armed conflict to respect, and all States to ensure respect for, international "
        "humanitarian law;",
        [("calls-upon", {"PartiesToConflict", "States"})],
    ),
    (
        SC,
        "Encourages the Government of Sierra Leone to continue its implementation of the Agenda for Change, and "
        "international partners to continue to provide support to the Government;",
        [("encourages", {"state:SLE", "DevelopmentPartners"})],
    ),
    (
        SC,
        "Urges States parties to the Convention to implement fully their obligations and to cooperate with the "
        "UNODC, IMO, and other States and international organizations to build judicial capacity;",
        [("urges", {"StatesParties"})],
    ),
    (
        HRC,
        "Also calls upon States to work with national human rights institutions, civil society organizations, "
        "migrants and their family members, and other relevant stakeholders to understand violations;",
        [("calls-upon", {"States"})],
    ),
    (
        HRC,
        "Calls upon States to empower women, and girls to participate fully in public life;",
        [("calls-upon", {"States"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_second_addressee_after_an_infinitive(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
