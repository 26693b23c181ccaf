"""A nation's people and a thing acted on, counted as named addressees the vocabulary lacks (scripts/mandate_stats.py,
"an addressee is named but not found") though the text names no addressee the convention gives an actor:
"calls upon all Iraqis" (S/RES/1546 (2004) op 6), "calls upon all Afghans" (S/RES/1386 (2001) op 5), "invites all
Haitians" (S/RES/1608 (2005) op 11), "urges every Ivorian" (S/RES/1933 (2010) op 10), "calls upon all Yemenis"
(S/RES/2140 (2014) op 10), "calls upon the people of Timor-Leste" (S/RES/1802 (2008) op 4): the mandate golds leave a
nation's people empty (kind "people", with those that name no addressee); "requests that they be disseminated as
widely as possible" (the leaflet, E/RES/2021/2 op 13 and its yearly renewals to E/RES/2025/32), "requests that this
aspect be included in future programme budget proposals" (A/RES/74/92 op 26 and renewals): a passive "that" clause,
a thing acted on ("impersonal"), not a pronoun or a body. The addressees stay empty; the State's authorities and
parties are still actors."""

import pytest

from resgraph.extract.unaddressed import clause_after, reason
from resgraph.vocab import load
from tests.snippets import resolution

SC = "The Security Council"

CASES = [
    ("6. Calls upon all Iraqis to pursue dialogue;", (), "people"),
    ("10. Urges every Ivorian to refrain from violence;", (), "people"),
    ("4. Calls upon the people of Timor-Leste to remain calm;", (), "people"),
    ("4. Calls upon all eligible Afghans to register to vote;", (), "people"),
    ("4. Invites the Haitian people to take part in the elections;", (), "people"),
    (
        "13. Recalls the informational leaflet on assistance programmes, and requests that they be disseminated as "
        "widely as possible;",
        (),
        "impersonal",
    ),
    ("26. Requests that this aspect be included in future programme budget proposals;", (), "impersonal"),
    # the State's parties and Government stay actors; a pronoun acting stays one not found
    ("4. Calls upon all Afghan parties to cooperate;", ("PartiesToConflict",), ""),
    ("4. Calls upon the Afghan Government to cooperate;", ("state:AFG",), ""),
    ("4. Notes the conference and encourages those who participated to implement their commitments;", (), "pronoun"),
]


@pytest.mark.parametrize("text,addressees,why", CASES)
def test_a_nations_people_named(text, addressees, why):
    r = resolution(text, date="2005-06-22", organ=SC)
    m = r.mandates[-1]
    assert m.addressees == addressees
    if why:
        p = next(p for p in r.paragraphs if p.index == m.paragraph)
        assert reason(clause_after(p.text, m), m.addressee_text, load()) == why


def test_people_is_linear():
    from resgraph.extract.unaddressed import people
    from tests.growth import LINEAR, growth

    v = load()
    assert growth(lambda n: "all " + "Afghans " * n + "x", lambda t: people(t, v), 2000) < LINEAR


def test_a_people_with_more_named_is_not_only_a_people():
    """S/RES/1378 (2001) op 3: "calls on Afghans, both within Afghanistan and among the Afghan diaspora, and Member
    States to cooperate with him" names Member States too (not found: still counted as named)."""
    from resgraph.extract.unaddressed import people

    v = load()
    assert not people("Afghans, both within Afghanistan and among the Afghan diaspora, and Member States", v)
    assert people("all Afghans", v) and people("all Iraqis in the country", v)
