"""A decision taken on someone's request, the request named right after the verb with no comma: "Decides in line
with the request from the Government of Nepal and the Secretary-General's recommendations, to renew the mandate of
UNMIN" (the UNMIN renewals S/RES/1825 (2008), 1864, 1879 (heldout19 12 op 1), 1909 (heldout20 10 op 1), 1921 and
1939 (2010) ops 1-2) and "Decides in response to the request by the Secretary-General to confirm that Judge Joaquin
Canivell can continue to sit" (the tribunals' judges S/RES/1482 (2003), 1668 (2006) (heldout18 06 op 1), 1684, 1717
(2006)) gave the Government or the Secretary-General, who asked, as the decision's addressee: the golds read the
Council, whose decision it is. A body named as who shall act after the request still acts."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "1. Decides in line with the request from the Government of Nepal and the Secretary-General’s "
        "recommendations, to renew the mandate of UNMIN as established under resolution 1740 (2007) until "
        "15 May 2010;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides in line with the request from the Government of Nepal to renew the mandate of UNMIN as "
        "established under resolution 1740 (2007) until 15 January 2011;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "2. Decides further, in line with the request from the Government of Nepal that UNMIN’s mandate will "
        "terminate on 15 January 2011 after which date UNMIN will leave Nepal;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides in response to the request by the Secretary-General to confirm that Judge Joaquín Canivell "
        "can continue to sit in the Krajišnik case beyond April 2006;",
        [("decides", ("SecurityCouncil",))],
    ),
    (
        "1. Decides in response to the request by the Secretary-General and notwithstanding the provisions of "
        "Article 12 ter of the Statute of the International Tribunal for Rwanda, to extend until 31 December 2008 "
        "the term of office of the following ad litem judges;",
        [("decides", ("SecurityCouncil",))],
    ),
    # who shall act, named after the request, stays the addressee
    (
        "3. Decides, at the request of the Government of Liberia, that UNMIL shall provide logistical support "
        "to the elections;",
        [("decides", ("UNMIL",))],
    ),
    (
        "3. Decides in line with the request from the Government of Nepal that UNMIN shall assist the "
        "Government in its preparations;",
        [("decides", ("UNMIN",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decision_on_a_request(text, expected):
    r = resolution(text, date="2010-05-12")
    assert mandates(r, "verb", "addressees") == expected


@pytest.mark.parametrize(
    "make",
    [
        lambda n: "Decides in line with the request from the Government" + " " * n + "x",
        lambda n: "Decides" + " " * n + ", in response to the request by" + " x," * n,
        lambda n: "Decides in response to the request by " + "a " * n + "that",
    ],
)
def test_requested_linear(make):
    """REQUESTED reads a decision's start once: its cost grows linearly in a hostile run."""
    from resgraph.extract.mandate_clause import REQUESTED
    from tests.growth import LINEAR, growth

    assert growth(make, lambda t: REQUESTED.match(t, 7), 2000) < LINEAR
