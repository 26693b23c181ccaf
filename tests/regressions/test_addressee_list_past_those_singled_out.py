"""Some of an addressee singled out by a relative clause, the list going on past it (asides.THOSE_WHO): "Urges all
Member States, in particular those that have the capacity to do so, as well as the United Nations system and other
relevant organizations and institutions involved in mine action, to support" (A/RES/80/74 op 5 and the yearly texts on
mine action before it, heldout48 26: MemberStates, UNSystemEntities, InternationalOrganizations; the list had ended at
the aside's infinitive "to do so"). Near misses: the window's own infinitive after the aside still ends it; an actor
named inside the aside ("in particular those that are members of the European Union", "which are affected by the
activities of the Lord's Resistance Army") describes some of the body before it and is no addressee (asides.
outside_relatives); a qualifier that is no relative clause ("in particular the least developed countries") reads as
before."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 78/70,\n\n1. "

CASES = [
    (  # heldout48 A/RES/80/74 op 5
        "Urges all Member States, in particular those that have the capacity to do so, as well as the United Nations "
        "system and other relevant organizations and institutions involved in mine action, to support mine- and "
        "explosive remnants of war-affected States, upon request and as appropriate, by providing assistance;",
        [{"MemberStates", "UNSystemEntities", "InternationalOrganizations"}],
    ),
    (  # the same with "particularly" and "which"
        "Calls upon all States, particularly those which are affected by mines, and the United Nations system to "
        "cooperate;",
        [{"States", "UNSystemEntities"}],
    ),
    (  # near miss: the aside, then the window's own infinitive; no list goes on
        "Urges all Member States, in particular those that have the capacity to do so, to support the United Nations "
        "system in mine action;",
        [{"MemberStates"}],
    ),
    (  # near miss: an actor named inside the aside describes the States singled out, no addressee
        "Urges all States, in particular those who are affected by the activities of the Lord's Resistance Army, and "
        "the United Nations to cooperate;",
        [{"States", "UNSystemEntities"}],
    ),
    (  # near miss: the same with a body of members inside the aside
        "Urges all States, in particular those that are members of the Human Rights Council, as well as relevant "
        "international organizations, to cooperate;",
        [{"States", "InternationalOrganizations"}],
    ),
    (  # near miss: and with a union of States
        "Urges all States, in particular those that are members of the European Union, and the United Nations to "
        "cooperate;",
        [{"States", "UNSystemEntities"}],
    ),
    (  # near miss: an older "which" aside, the same
        "Calls upon all States, which are affected by the activities of the Lord's Resistance Army, and the United "
        "Nations to cooperate;",
        [{"States", "UNSystemEntities"}],
    ),
    (  # near miss: a qualifier that is no relative clause reads as before (some of the States, singled out)
        "Urges all States, in particular the least developed countries, and the United Nations to cooperate;",
        [{"States", "UNSystemEntities"}],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_addressee_list_past_those_singled_out(text, expected):
    assert mandates(snippet(GA + text + "\n"), "addressees", as_sets=True) == expected
