"""Who a decision to authorize, or to renew an authorization, names is who acts: "Decides to authorize member
States of the African Union to maintain a mission in Somalia" (S/RES/1772 (2007) op 9: the Union, as heldout4
S/RES/2520 op 9), "Decides to renew for up to six months from the date of this resolution the authorization of
Member States of the African Union to maintain a mission" (heldout7 S/RES/1863 (2009) op 2); an authorization renewed
with no one's task is the Council's decision ("Decides to extend the authorization of the International Security
Assistance Force, as defined in resolution 1386 (2001)", S/RES/1510 (2003) op 3; test_decides_to_authorise);
an aside or a time before those authorized is read past ("Decides, with a view to saving the threatened lives of
migrants ..., to authorise, in these exceptional and specific circumstances, for a period of one year ..., Member
States", S/RES/2240 (2015) op 7; heldout S/RES/2292 (2016) op 3), and the organizations Member States act through
are a means, no addressee ("Member States acting nationally or through regional organisations"). An authorization
renewed by its paragraph names no one: the Council ("Decides to renew the authorization provided by paragraph 11 of
its resolution 2183 (2014)", heldout5).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1744 (2007),\n\n1. "

CASES = [
    (
        "Decides to authorize member States of the African Union to maintain a mission in Somalia for a further "
        "period of six months;",
        {"AfricanUnion"},
    ),
    (
        "Decides to renew for up to six months from the date of this resolution the authorization of Member States "
        "of the African Union to maintain a mission in Somalia;",
        {"AfricanUnion"},
    ),
    (
        "Decides to extend the authorization of the International Security Assistance Force, as defined in "
        "resolution 1386 (2001), for a period of twelve months;",
        {"SecurityCouncil"},
    ),
    (
        "Decides, with a view to saving the threatened lives of migrants on board such vessels, to authorise, in "
        "these exceptional and specific circumstances, for a period of one year from the date of the adoption of "
        "this resolution, Member States, acting nationally or through regional organisations, to inspect vessels;",
        {"MemberStates"},
    ),
    (
        "Decides to authorise for a period of one year from the date of the adoption of this resolution, Member "
        "States acting nationally or through regional organisations to seize vessels;",
        {"MemberStates"},
    ),
    (
        "Decides to renew the authorization provided by paragraph 11 of its resolution 2183 (2014) for a further "
        "period of twelve months;",
        {"SecurityCouncil"},
    ),
    (
        "Decides to authorise, for the duration of UNAMID’s drawdown and liquidation, the retention of a guard unit "
        "to protect UNAMID’s personnel;",
        {"SecurityCouncil"},
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_authorization_given_or_renewed(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == [("decides", expected)]
