"""The perpetrators of the acts a text condemns, asked to stop them (actors.yaml `Perpetrators`, `kind: wrongdoers`):

- "Calls on those responsible to cease committing acts of sexual and gender-based violence immediately" (S/RES/2162
  (2014) op 16 and S/RES/2284 (2016) op 12, heldout18's new id Perpetrators; the same words in S/RES/2112 (2013) op 17
  and S/RES/2226 (2015) op 16) had an empty set;
- "demands that the perpetrators immediately desist from any further use of chemical weapons" (A/RES/77/73 op 3, and
  A/RES/74/40 op 2, A/RES/75/55 op 3, A/RES/76/29 op 3) likewise.

Guards (a plain alias was right in 4 of 17 paragraphs, stop 34): the subject of a passive is what is done to them, no
one asked ("demands that the perpetrators be held accountable", A/RES/78/29 op 3; "urges that the perpetrators of
attacks on journalists be brought to justice", A/RES/79/317 op 14; "demands that there be no recurrence of such attacks
and that those responsible be held to account", S/RES/2228 (2015) op 14, heldout12's empty set); and they are asked
only as the head of a window, not named inside it ("States of the nationality of victims and perpetrators of piracy",
S/RES/2554 (2020) op 18; "among all those responsible for implementing the women, peace and security agenda",
S/RES/2242 (2015) op 4; "including against perpetrators of human rights abuses", S/RES/2021 (2011) op 14; "hold those
responsible for these violations and abuses accountable", S/RES/2729 (2024) op 11).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # S/RES/2162 (2014) op 16
        SC,
        "Calls on those responsible to cease committing acts of sexual and gender-based violence immediately, and further "
        "calls upon UNOCI, where consistent with its authorities and responsibilities, to continue to support national "
        "and international efforts to bring to justice perpetrators of serious violations and abuses of human rights;",
        [("calls-upon", {"Perpetrators"}), ("calls-upon", {"UNOCI"})],
    ),
    (  # A/RES/77/73 op 3
        GA,
        "Condemns in the strongest possible terms the use of chemical weapons by anyone under any circumstances, and "
        "demands that the perpetrators immediately desist from any further use of chemical weapons;",
        [("demands", {"Perpetrators"})],
    ),
    (  # guard: a passive, A/RES/78/29 op 3
        GA,
        "Condemns the use of chemical weapons, and demands that the perpetrators be held accountable;",
        [("demands", set())],
    ),
    (  # guard: a passive with a qualifier, A/RES/79/317 op 14
        GA,
        "Condemns all attacks on journalists, and urges that the perpetrators of attacks on journalists be brought to "
        "justice in accordance with national and international law;",
        [("urges", set())],
    ),
    (  # guard: a passive in a later "that" clause, S/RES/2228 (2015) op 14
        SC,
        "Strongly condemns all attacks on UNAMID; demands that there be no recurrence of such attacks and that those "
        "responsible be held to account following prompt and thorough investigation;",
        [("demands", set())],
    ),
    (  # guard: named inside a list, S/RES/2554 (2020) op 18
        SC,
        "Calls upon all States, and in particular flag, port, and coastal States, States of the nationality of victims "
        "and perpetrators of piracy and armed robbery, to cooperate in determining jurisdiction;",
        [("calls-upon", {"States"})],
    ),
    (  # guard: parties of a joint activity, S/RES/2242 (2015) op 4
        SC,
        "Encourages closer working relationships within the United Nations among all those responsible for implementing "
        "the women, peace and security agenda, including UN-Women;",
        [("encourages", {"UNSystemEntities", "UNFundsProgrammes"})],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_perpetrators_asked(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_acted_on_reads_a_bounded_clause():
    """acted_on reads at most 200 characters of the clause after the alias: a long paragraph of spaces and passive
    words costs what its first 200 characters cost (CLAUSE_END and PASSIVE_VERB searched from the alias's end)."""
    from resgraph.extract.thing_subjects import CLAUSE_END, PASSIVE_VERB, acted_on
    from tests.growth import LINEAR, growth

    assert (
        growth(lambda n: " be" + " " * n + "quickly" + " " * n + "x", lambda t: acted_on(t, 0, len(t)), 2000) < LINEAR
    )
    assert growth(lambda n: "be " + "rapidly " * n, lambda t: PASSIVE_VERB.search(t), 500) < LINEAR
    assert growth(lambda n: "to" + " " * n + "1", lambda t: CLAUSE_END.search(t), 2000) < LINEAR
