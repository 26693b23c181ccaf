"""A body that those the Council authorizes are to set up is an authorization given (term_authorized.given, called by
terms.py): "Decides to authorize IGAD and Member States of the African Union to establish a protection and training
mission in Somalia" (S/RES/1725 (2006) op 3), "Authorizes Member States to establish a Multinational Force in Liberia"
(S/RES/1497 (2003) op 1) and "Authorizes Member States working with the BoP and the BoP to establish a temporary
International Stabilization Force (ISF) in Gaza" (S/RES/2803 (2025) op 7) read action authorizes, not establishes, as
the golds read "Decides to authorize the Member States of the AU to maintain the deployment of AMISOM" (heldout4 01 op
9, heldout16 18 op 1, heldout8 15 op 5). The body is still what is authorized (of); "to be reviewed after an initial
period of six months" gives no period (no gold reads a review as an end: heldout22 10 op 2 "on a temporary basis to be
reviewed" is no term). Kept: the Council's own "Decides to establish", a body another is asked to set up after an
authorization to do something else, and the EUFOR renewals' time and of=MemberStates."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (  # S/RES/1725 (2006) op 3
        "3. Decides to authorize IGAD and Member States of the African Union to establish a protection and training "
        "mission in Somalia, to be reviewed after an initial period of six months by the Security Council with a "
        "briefing by IGAD, with the following mandate drawing on the relevant elements of the mandate and concept of "
        "operations specified in the Deployment Plan for IGASOM:",
        "2006-12-06",
        [("authorizes", "protection and training mission in Somalia", None, None)],
    ),
    (  # S/RES/1497 (2003) op 1
        "1. Authorizes Member States to establish a Multinational Force in Liberia to support the implementation of "
        "the 17 June 2003 ceasefire agreement;",
        "2003-08-01",
        [("authorizes", "MNF", None, None)],
    ),
    (  # guard: the Council's own establishment
        "1. Decides to establish a protection and training mission in Somalia;",
        "2006-12-06",
        [("establishes", "protection and training mission in Somalia", None, None)],
    ),
    (  # guard: another infinitive between the authorization and the body asked for
        "1. Authorizes UNOCI to use all necessary means to carry out its mandate, and requests the Secretary-General "
        "to establish a panel of experts;",
        "2006-12-06",
        [("establishes", "panel of experts", None, None)],
    ),
    (  # guard: S/RES/2706 (2023) op 1, the EUFOR renewal: the States authorized, for a time
        "1. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA) as a legal successor to SFOR under unified command and control;",
        "2023-11-02",
        [("authorizes", "MemberStates", "2024-11-02", "P12M")],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_a_body_set_up_by_those_authorized(text, date, expected):
    r = resolution(text, date=date, organ="The Security Council")
    assert terms(r, "action", "of", "until", "period") == expected
