"""Two precision faults of the addressees (corpus-full, issue 12).

1. "calls upon parties and stakeholders to strengthen international cooperation measures" in the
   biodiversity resolutions A/RES/77/167 op 16 and A/RES/78/155 op 21 gave the parties to a conflict:
   "the parties" ("requests the parties, in close collaboration with relevant stakeholders", op 15)
   was a plain alias of PartiesToConflict, so they were the parties named last. "the parties" and
   "Parties" are now contextual aliases of both, the parties of a treaty named before or the parties to
   a conflict, and "the parties" in a text that named neither is a conflict's (`default_for`):
   "Demands that the parties respect the freedom of movement of EUFOR" (S/RES/1785 (2007) op 17).
   "Parties" inside a name ("the Political Parties Registration Commission", S/RES/2097 (2013) op 10)
   names no parties, nor do "the Parties" of the Algiers Agreements (S/RES/1767 (2007) op 2) make the
   parties after them a treaty's: a treaty named bare ("the Convention", "the Paris Agreement") does,
   a cue of actors.yaml that names StatesParties for these aliases and asks no one, nor ends a list
   ("developed countries party to the Convention and other relevant stakeholders", A/RES/75/218 op 23).
2. A "that" clause whose subject is a thing, not an actor ("and requests that updates on progress
   made in this respect be provided to the Commission", A/RES/79/121 op 36; "demands that any
   restrictions be lifted immediately", S/RES/1767 (2007) op 9; "recommends that progress be
   measured", A/RES/79/161 op 28) took the previous mandate's addressees: it names none
   (extract/unaddressed.py). A "that" clause whose subject names people keeps them ("and further
   demands that their members immediately disband")."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        GA,
        "Urges parties to the Convention to ensure coherence;\n\n2. Encourages the respective parties, in close "
        "collaboration with relevant stakeholders, to take concrete measures, requests the parties, in close "
        "collaboration with relevant stakeholders, to coherently implement the Convention;\n\n3. Reaffirms the "
        "importance of the three objectives of the Convention, and calls upon parties and stakeholders to "
        "strengthen international cooperation;",
        [
            ("urges", {"StatesParties"}),
            ("encourages", {"StatesParties"}),
            ("requests", {"StatesParties"}),
            ("calls-upon", {"StatesParties", "Stakeholders"}),
        ],
    ),
    (
        GA,
        "Encourages developed countries party to the Convention and other relevant stakeholders to support the "
        "efforts of developing countries;",
        [("encourages", {"DevelopedCountries", "Stakeholders"})],
    ),
    (
        SC,
        "Reaffirms its support for the Dayton Paris Agreement, and calls upon the parties to comply strictly with "
        "their obligations under those Agreements;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Demands that the parties respect the security and freedom of movement of EUFOR;",
        [("demands", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Stresses that it is the primary responsibility of the Parties to end this situation, and calls upon the "
        "parties to implement the delimitation decision;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        SC,
        "Calls upon the electoral institutions, in particular the Political Parties Registration Commission, to "
        "foster an environment of political inclusion, and calls upon the parties to refrain from violence;",
        # (the Commission itself is PPRC since heldout17's new ids; still no parties)
        [("calls-upon", {"PPRC"}), ("calls-upon", {"PartiesToConflict"})],
    ),
    (
        GA,
        "Encourages that Division to provide support, and requests that updates on progress made in this respect "
        "be provided to the Commission on a regular basis;",
        [("encourages", set()), ("requests", set())],
    ),
    (
        SC,
        "Calls upon the parties to cooperate with the Commission, and demands that any restrictions be lifted "
        "immediately;",
        [("calls-upon", {"PartiesToConflict"}), ("demands", set())],
    ),
    (
        SC,
        "Demands that armed groups cease all forms of violence, and further demands that their members "
        "immediately and permanently disband;",
        [("demands", {"PartiesToConflict"}), ("demands", {"PartiesToConflict"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_treaty_parties_and_impersonal_that_clauses(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
