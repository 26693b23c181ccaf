"""List members named by a kind the golds read as one actor (heldout8 and heldout11, ECOSOC's and the Assembly's
humanitarian texts): "the United Nations and its humanitarian partners" are humanitarian actors, not development
partners; "all actors engaged in the provision of humanitarian assistance" too, not stakeholders at large; "all
States Members and observers of the United Nations" are the Members and the observer States."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # heldout11 E/RES/2023/16 op 23
        "Calls upon the United Nations and its humanitarian partners to enhance accountability to Member States;",
        {"UNSystemEntities", "HumanitarianActors"},
    ),
    (  # heldout11 E/RES/2023/16 op 40
        "Urges all actors engaged in the provision of humanitarian assistance to fully commit to the guiding principles;",
        {"HumanitarianActors"},
    ),
    (  # heldout8 A/HRC/RES/59/21 op 14
        "Encourages all States Members and observers of the United Nations to participate in the discussions;",
        {"MemberStates", "States"},
    ),
    ("Encourages States Members of the United Nations to participate;", {"MemberStates"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_named_by_kind(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
