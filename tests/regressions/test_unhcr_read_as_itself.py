"""The Office of the United Nations High Commissioner for Refugees was given as UNFundsProgrammes (actors.yaml
`reads_as`, after heldout4 A/RES/74/302 op 18); two sets name it UNHCR (heldout8 S/RES/1494 (2003) op 15, heldout17
A/RES/78/59 ops 26-27, the heldout17 README's misses) and the vocabulary has the id, so the Office is UNHCR and its
High Commissioner UNHCRHighCommissioner (a person of his own, as HighCommissionerHumanRights beside OHCHR); heldout4's
reading corrected. The funds and programmes stay UNFundsProgrammes (the guard)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1343 (2001),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/78/59 op 26
        GA,
        "Requests the Secretary-General and the Office of the United Nations High Commissioner for Refugees, with the "
        "support of the international community, to continue to assist the countries of Central Africa;",
        [("requests", {"SecretaryGeneral", "UNHCR"})],
    ),
    (  # S/RES/1494 (2003) op 15
        SC,
        "Recalls the responsibility of the sides, and requests further measures to be undertaken inter alia by the "
        "United Nations Development Programme, the Office of the United Nations High Commissioner for Refugees and the "
        "Office for the Coordination of Humanitarian Affairs to create conditions conducive to the return of refugees;",
        [("requests", {"UNFundsProgrammes", "UNHCR", "OCHA"})],
    ),
    (  # A/RES/74/302 op 18 (heldout4 21, corrected)
        GA,
        "Calls upon the international community, including Member States, the Office of the United Nations High "
        "Commissioner for Refugees and other relevant United Nations organizations, to take concrete action;",
        [("calls-upon", {"InternationalCommunity", "MemberStates", "UNHCR", "UNSystemEntities"})],
    ),
    (  # A/RES/78/185 ops 33, 35 (the refugee texts: the Office and the High Commissioner named before)
        GA,
        "Commends the Office of the United Nations High Commissioner for Refugees and the United Nations High "
        "Commissioner for Refugees for their work;\n\n2. Encourages the Office to continue its work, and urges the High "
        "Commissioner to strengthen the protection of refugees;",
        [("encourages", {"UNHCR"}), ("urges", {"UNHCRHighCommissioner"})],
    ),
]


@pytest.mark.parametrize("opening,text,expected", CASES)
def test_unhcr_read_as_itself(opening, text, expected):
    r = snippet(opening + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
