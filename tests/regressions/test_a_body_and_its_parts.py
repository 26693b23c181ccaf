"""Held-out gold, E/RES/2024/15 ops 1 and 5: "Invites the United Nations Forum on Forests and its
members:" and "Invites:\\n(a) The Forum and its Bureau to proactively reach out" asked the Forum alone:
"its members", "its Bureau" are the members and the Bureau of the body named before ("members of the
Forum" are Member States, "Bureau of the Forum" the Forum's Bureau), read through its names (not a part the vocabulary lacks: "the Forum and its Chair")."""

from tests.snippets import mandates, snippet

EC = "The Economic and Social Council,\n\nRecalling its resolution 2021/1,\n\n"


def test_a_body_and_its_parts():
    r = snippet(
        EC + "1. Invites the United Nations Forum on Forests and its members to act;\n\n2. Invites the Forum and its "
        "Bureau to act;\n\n3. Invites:\n(a) The Forum and its Bureau to proactively reach out;\n\n4. Invites the "
        "Forum and its Chair to act;\n"
    )
    assert mandates(r, "op", "addressees", as_sets=True) == [
        (1, {"UNFF", "MemberStates"}),
        (2, {"UNFF", "UNFFBureau"}),
        (3, {"UNFF", "UNFFBureau"}),
        (4, {"UNFF"}),
    ]
