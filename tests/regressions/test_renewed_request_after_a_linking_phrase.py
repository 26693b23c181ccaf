"""A request, call or demand renewed with an adverb or linking phrase between the verb and "its": "and
reiterates in this regard its request to the Secretary-General to enhance cooperation" (S/RES/2359 (2017)
op 5, read after heldout10 was scored; twins in S/RES/2364 op 42 and 2391 op 16), "Reiterates also its call
on", "Reiterates again its demand in particular that" (S/RES/1680, 1842, 1893). Only "reiterates its" read a
renewed mandate, so the paragraph's second mandate was lost; so was "and reiterates in the strongest terms
its demand that the parties allow UNMEE full freedom of movement" (S/RES/1531 (2004) op 2, heldout42 09).
Before "the" no such phrase is read: "Reiterates, in this regard, the call made in the declaration ..."
(A/RES/74/19 op 194) renews another's call."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2100 (2013),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 73/124,\n\n1. "

CASES = [
    (  # S/RES/2359 (2017) op 5
        SC + "Urges the FC-G5S, MINUSMA and the French forces to ensure adequate coordination, and reiterates in this "
        "regard its request to the Secretary-General to enhance cooperation between MINUSMA and the G5 Sahel States;",
        [("urges", None), ("requests", {"SecretaryGeneral"})],
    ),
    (  # S/RES/1842 (2008) op 5
        SC + "Reiterates also its demand that the Ivorian parties, in particular the Ivorian authorities, provide "
        "unhindered access to the Group of Experts;",
        [("demands", {"PartiesToConflict", "state:CIV"})],
    ),
    (  # S/RES/1680 (2006) op 3, with commas
        SC + "Reiterates, in this respect, its call on all States to cooperate fully with the Government of Lebanon;",
        [("calls-upon", {"States"})],
    ),
    (  # S/RES/1531 (2004) op 2 (heldout42 09): "in the strongest terms" between the verb and "its"
        SC + "Strongly urges the parties once again to cooperate fully and expeditiously with UNMEE in the "
        "implementation of its mandate, and reiterates in the strongest terms its demand that the parties allow UNMEE "
        "full freedom of movement;",
        [("urges", {"PartiesToConflict"}), ("demands", {"PartiesToConflict"})],
    ),
    (  # near miss: the phrase before a verb that asks no one, nor before "the" (no renewed mandate of its own)
        SC + "Condemns in the strongest terms all attacks against UNMEE, and reiterates in the strongest terms the "
        "need for the parties to allow UNMEE full freedom of movement;",
        [],
    ),
    (  # A/RES/74/19 op 194: another's call, no mandate
        GA + "Reiterates, in this regard, the call made in the declaration entitled “Our ocean, our future: call for "
        "action” for action to be taken on an urgent basis;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_request_renewed_after_a_linking_phrase_is_a_mandate(text, expected):
    got = mandates(snippet(text), "verb", "addressees", as_sets=True)
    assert [v for v, _ in got] == [v for v, _ in expected]
    for (_, a), (_, want) in zip(got, expected, strict=True):
        if want is not None:
            assert a == want
