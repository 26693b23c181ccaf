"""What States may do for a time is an authorization of those States, as the golds read those authorized
("Authorizes the Member States ... to" -> of=MemberStates, heldout 12 op 10, heldout7 04 op 1): heldout15 S/RES/1846
(2008) op 10 "Decides that for a period of 12 months from the date of this resolution States and regional
organizations cooperating with the TFG ..., may: (a) Enter into the territorial waters of Somalia" -> T authorizes
of=States until=2009-12-02 period=P12M (the same words in S/RES/1816 (2008) op 7 and 1851 op 6). Others than
States who may act keep the paragraph's own measures as the term's object.
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # heldout15 S/RES/1846 (2008) op 10
        "10. Decides that for a period of 12 months from the date of this resolution States and regional "
        "organizations cooperating with the TFG in the fight against piracy and armed robbery at sea off the coast of "
        "Somalia, for which advance notification has been provided by the TFG to the Secretary-General, may enter "
        "into the territorial waters of Somalia;",
        [(10, "authorizes", "States", "2009-12-02", "P12M")],
    ),
    (
        "10. Decides that for a period of six months from the date of this resolution, Member States acting "
        "nationally may inspect vessels bound for Somalia;",
        [(10, "authorizes", "MemberStates", "2009-06-02", "P6M")],
    ),
    (  # no States named: the paragraph's own authorization
        "10. Decides that for a period of six months from the date of this resolution, regional organizations "
        "cooperating with the TFG may enter the territorial waters of Somalia;",
        [(10, "authorizes", "S/RES/1846(2008)#10", "2009-06-02", "P6M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorization_of_states_that_may(text, expected):
    r = resolution(text, date="2008-12-02", symbol="S/RES/1846 (2008)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
