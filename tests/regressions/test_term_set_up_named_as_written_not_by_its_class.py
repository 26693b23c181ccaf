"""A body set up that the vocabulary knows only by its class: "Requests that the Secretary-General rapidly
establish an international commission of inquiry in order immediately to investigate reports of violations"
(S/RES/1564 (2004) op 12, heldout21 08), "Decides to urgently establish an independent international
fact-finding mission for the Sudan, comprising three members ..." (A/HRC/RES/54/2 op 18, heldout16 28) were
terms of CommissionsOfInquiry, the generic id of commissions of inquiry and fact-finding missions, where both
golds name the body as written ("for a body without an id, its name as written"); and a name stopped before
"for the" and a capital ("... fact-finding mission" without "for the Sudan"), though "for the" and a small
letter went on. An intergovernmental working group set up stays ExpertGroup (heldout3 24 op 2, heldout7 29
op 1)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "12. Requests that the Secretary-General rapidly establish an international commission of inquiry in order "
        "immediately to investigate reports of violations of international humanitarian law and human rights law in "
        "Darfur by all parties;",
        "SC",
        [(12, "establishes", "international commission of inquiry", None)],
    ),
    (
        "18. Decides to urgently establish an independent international fact-finding mission for the Sudan, "
        "comprising three members with expertise in international human rights law and international humanitarian "
        "law, to be appointed by the President of the Human Rights Council, for an initial period of one year;",
        "HRC",
        [(18, "establishes", "independent international fact-finding mission for the Sudan", "P1Y")],
    ),
    (
        "1. Decides to establish an open-ended intergovernmental working group with the mandate of elaborating the "
        "content of an international regulatory framework;",
        "HRC",
        [(1, "establishes", "ExpertGroup", None)],
    ),
]
ORGANS = {"SC": "The Security Council", "HRC": "The Human Rights Council"}


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_set_up_named_as_written(text, organ, expected):
    r = resolution(text, date="2023-10-11", organ=ORGANS[organ])
    assert terms(r, "op", "action", "of", "period") == expected
