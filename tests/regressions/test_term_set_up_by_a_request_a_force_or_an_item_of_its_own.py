"""Terms set up in other shapes of sentence: a request "that the Secretary-General rapidly establish an international
commission of inquiry for an initial period of one year" (S/RES/2127 (2013) op 24, 1564 op 12, 2793 op 10); "to
establish such a mission", the one named before (S/RES/2137 (2014) op 6); an authorization that sets up a force, a
term with no time ("authorizes a multinational force under unified command", S/RES/1511 (2003) op 13, heldout6); an
item with a directive verb of its own ("(a) Authorizes the European Union to deploy, for a period of one year ...,
an operation", S/RES/1778 (2007) op 6; "(a) Requests the Secretary-General to establish ... a group of up to eight
experts", S/RES/1977 (2011) op 5). An intention said after a term gives it no time ("until 31 May 2010, with the
intention to extend it further at that date for twelve months", S/RES/1906 (2009) op 1), a term that "would be
required" is none, and an authorization to increase a force's strength sets up no force."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "24. Requests that the Secretary-General rapidly establish an international commission of inquiry for an "
        "initial period of one year, including experts in both international humanitarian law and human rights law;",
        [(24, "establishes", "international commission of inquiry", None, "P1Y")],
    ),
    (
        "6. Takes note of the request of the Government of Burundi for a United Nations electoral observer mission "
        "before, during and after the 2015 elections in Burundi and requests the Secretary-General to establish such a "
        "mission to follow and report on the electoral process in Burundi immediately at the end of BNUB’s mandate;",
        [(6, "establishes", "MENUB", None, None)],
    ),
    (
        "13. Determines that the provision of security and stability is essential to the successful completion of the "
        "political process, and authorizes a multinational force under unified command to take all necessary "
        "measures to contribute to the maintenance of security and stability in Iraq;",
        [(13, "authorizes", "MNF", None, None)],
    ),
    (
        "6. Acting under Chapter VII of the Charter of the United Nations:\n\n"
        "(a) Authorizes the European Union to deploy, for a period of one year from the date that its initial "
        "operating capability is declared by the European Union, an operation aimed at supporting the elements referred "
        "to in paragraph 2;",
        [(6, "authorizes", "EuropeanUnion", None, "P1Y")],
    ),
    (
        "1. Decides to extend the deployment of MONUC until 31 May 2010, with the intention to extend it further at "
        "that date for twelve months, authorizes the continuation until that date of up to 19,815 military personnel;",
        [(1, "extends", "MONUC", "2010-05-31", None)],
    ),
    (
        "47. Requests the Secretary-General to undertake expeditiously contingency preparations and planning for the "
        "possible transformation into a United Nations peacekeeping operation, stressing that a future decision of this "
        "Council would be required to establish such a mission;",
        [],
    ),
    (
        "11. Decides, in order to supplement and enhance the force in numbers, equipment, mandate and scope of "
        "operations, to authorize an increase in the force strength of UNIFIL to a maximum of 15,000 troops;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term(text, expected):
    r = resolution(text, date="2013-12-05")
    assert terms(r, "op", "action", "of", "until", "period") == expected
