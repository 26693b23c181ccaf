"""Another body's request or call, reiterated, asks no one in the organ's name also where its author is a body the
vocabulary lacks, named by its capitalised name, or where the request was "made in" a declaration or another organ's
resolution: "reiterates the request by the Committee on Fisheries of the Food and Agriculture Organization ..., that
the Food and Agriculture Organization further strengthen" (A/RES/75/89 op 181, 74/18 op 182; "the request of the
Committee on Fisheries that", 79/145 op 206, 80/109 op 212) was the Assembly's request of FAO, where heldout18 (A/RES/
76/71 op 181) and heldout30 (75/89 op 181) read none; "Reiterates the call made in the declarations entitled ..."
(A/RES/78/128 op 3, as heldout19 A/RES/76/72 op 200 reads its comma'd twin) and "Recalls and reiterates the requests
made in Economic and Social Council resolution 2019/15" (A/RES/74/238 op 3 and its yearly twins) likewise. The
organ's own request restated still asks ("Reiterates the request addressed to all the parties", "Reiterates the
invitation to States not parties to participate")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (
        "Highlights the importance of safety at sea, and reiterates the request by the Committee on Fisheries of the "
        "Food and Agriculture Organization of the United Nations, at its thirty-third session, that the Food and "
        "Agriculture Organization of the United Nations further strengthen international cooperation;",
        [],
    ),
    (
        "Highlights the importance of safety at sea, and reiterates the request of the Committee on Fisheries that "
        "the Food and Agriculture Organization of the United Nations further strengthen international cooperation;",
        [],
    ),
    (
        "Reiterates the call made in the declarations entitled “Our ocean, our future: call for action” and “Our "
        "ocean, our future, our responsibility”, for action to be taken on an urgent basis;",
        [],
    ),
    (
        "Recalls and reiterates the requests made in Economic and Social Council resolution 2019/15 of 8 July 2019 on "
        "progress in the implementation of General Assembly resolution 71/243 on the quadrennial comprehensive policy "
        "review of operational activities for development of the United Nations system;",
        [],
    ),
    (
        "Reiterates the invitation to States not parties to participate in a continued dialogue;",
        [("invites", {"States"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_another_bodys_request_named_or_made_in(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
