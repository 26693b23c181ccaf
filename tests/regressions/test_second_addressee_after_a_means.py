"""A second addressee after the first's infinitive, the verb left out, where that infinitive's "by" names no actor:
"Calls upon all States to abide by international law and all High Contracting Parties to the Fourth Geneva Convention
to respect and ensure respect for international humanitarian law in the Occupied Palestinian Territory" (heldout18
A/HRC/RES/55/28 op 32, heldout14 A/HRC/RES/58/2 op 34, the Council's yearly text: States and StatesParties). elliptic.py
read "by" as the opening of an agents' list that goes on, and a party's treaty after its name ("to the Fourth Geneva
Convention") as no part of the addressee; a list after "with" or a "by" naming an actor still goes on (guards)."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 50/1,\n\n1. "

CASES = [
    (  # A/HRC/RES/55/28 op 32
        "Calls upon all States to abide by international law and all High Contracting Parties to the Fourth Geneva "
        "Convention to respect and ensure respect for international humanitarian law in the Occupied Palestinian "
        "Territory;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (  # the treaty left out
        "Calls upon all States to abide by international law and all High Contracting Parties to respect and ensure "
        "respect for international humanitarian law;",
        [("calls-upon", {"States", "StatesParties"})],
    ),
    (  # guard: an object list after "by" that names an actor goes on
        "Encourages States to be guided by the recommendations of the Special Rapporteur and civil society to ensure "
        "accountability;",
        [("encourages", {"States"})],
    ),
    (  # guard: partners after "with" (S/RES/2453 (2019) op 19)
        "Requests the Secretary-General to work with the Force Commander and troop-contributing countries to ensure "
        "full compliance with this policy;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_second_addressee_after_a_means(text, expected):
    assert mandates(snippet(HRC + text + "\n"), "verb", "addressees", as_sets=True) == expected


def test_np_tail_is_linear():
    from resgraph.extract.elliptic import NP_TAIL
    from tests.growth import LINEAR, growth

    assert growth(lambda n: " to the " + "Geneva " * n + "x", lambda t: NP_TAIL.fullmatch(t), 500) < LINEAR
