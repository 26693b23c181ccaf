"""Addressee fault the fourth held-out set found (tests/mandate_gold/heldout4; issue 12): "Decides to
authorise AMISOM to pursue the following strategic objectives" (S/RES/2520 (2020) ops 11, 12) gave the
Council; who is authorised is asked, as after "Authorizes X to".
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

# "Decides to authorise AMISOM to pursue the following strategic objectives" (S/RES/2520 (2020) ops 11, 12):
# who is authorised is asked, as after "Authorizes"; who is requested too ("Decides to request the President of the
# Economic and Social Council ... to organize", heldout9 E/RES/2024/4 op 11: PresidentECOSOC, as heldout5 "Decides to
# invite the Secretary-General"); "to renew the authorization of" is the Council's own decision
DECIDES_TO_AUTHORISE = [
    ("Decides to authorise AMISOM to pursue the following strategic objectives;", ("AMISOM",)),
    ("Decides also to authorize the Secretary-General to establish an office in Mogadishu;", ("SecretaryGeneral",)),
    ("Decides to request the Secretary-General to report every 90 days;", ("SecretaryGeneral",)),
    ("Decides to renew the authorization of AMISOM until 31 May 2021;", ("SecurityCouncil",)),
]


@pytest.mark.parametrize("text,expected", DECIDES_TO_AUTHORISE)
def test_decides_to_authorise_asks_who_is_authorised(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees") == [("decides", expected)]
