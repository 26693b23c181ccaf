"""A passive's agent is who is asked (issue 12, the heldout8 misses "a passive's agent"): "requests further
measures to be undertaken inter alia by the United Nations Development Programme, the Office of the United
Nations High Commissioner for Refugees and the Office for the Coordination of Humanitarian Affairs" (heldout8
S/RES/1494 (2003) op 15, and S/RES/1427 (2002) op 12, 1462 (2003) op 14 before it), "urges that the harassment
of and attacks on journalists be investigated by Afghan authorities" (A/RES/74/9 op 36), "Requests that the
medal be presented by the Secretary-General" (S/RES/2154 (2014) op 3), "Demands an immediate humanitarian
ceasefire that must be respected by all parties" (S/2024/173 op 1): a participle's "by" after a form of "be"
(extract/agents.PASSIVE), and the list of agents goes on past a comma before a name. Not a participle that
qualifies a thing ("the pledges made by the parties" are the parties' pledges, read as before).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Recalls that the Abkhaz side bears a particular responsibility, and requests further measures to be "
        "undertaken inter alia by the United Nations Development Programme, the Office of the United Nations High "
        "Commissioner for Refugees and the Office for the Coordination of Humanitarian Affairs to create conditions "
        "conducive to the return of refugees;",
        # (UNHCR itself since test_unhcr_read_as_itself.py, as the gold of heldout8 03 op 15)
        [("requests", {"UNFundsProgrammes", "UNHCR", "OCHA"})],
    ),
    (
        GA,
        "Calls for the full implementation of the Mass Media Law, and urges that the harassment of and attacks on "
        "journalists be investigated by Afghan authorities and that those responsible be brought to justice;",
        [("urges", {"state:AFG"})],
    ),
    (
        SC,
        "Requests that the medal be presented by the Secretary-General to the recipient;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (SC, "Requests that the report be submitted by the Secretary-General;", [("requests", {"SecretaryGeneral"})]),
    (
        SC,
        "Encourages the efforts of the African Union, ECOWAS and the United Nations to mediate;",
        [("encourages", {"AfricanUnion", "ECOWAS", "UNSystemEntities"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_passive_agent_asked(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
