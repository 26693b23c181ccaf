"""A verb's form that is also a plural noun, after "and", read as the organ's verb: S/RES/1591 (2005) ops 4 and 5
"... have complied with all the commitments and demands referred to in paragraph 1 above" and op 8 "in the event the
parties fail to fulfil their commitments and demands as outlined in paragraphs 1 and 6" gave three "demands" with no
addressee (the heldout36 gold: none, the Council's past demands), S/RES/1355 (2001) op 27 "the requirements and demands
of this resolution" one more. The noun is told by what follows it, as verbs.yaml `noun_before` already told "requests
submitted by", "requests contained in": "demands" (and "requests") before "of", "referred", "(as) outlined", "set out",
"contained", "made", "expressed" is a noun whatever follows. A real verb after "and" stays ("Condemns ... and demands
that", "and demands the immediate cessation"), and "Encourages the Centre to take into account the requested
activities, needs and demands of the countries of the subregion" (A/RES/74/162 op 4 and its twins) keeps its clause
whole.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/1591 (2005) op 4
        "4. Decides that the measures referred to in subparagraphs 3 (d) and (e) shall enter into force 30 days from the "
        "date of adoption of this resolution, unless the Security Council determines before then that the parties to "
        "the conflict in Darfur have complied with all the commitments and demands referred to in paragraph 1 above and "
        "paragraph 6 below;",
        [("decides", ("SecurityCouncil",))],
    ),
    (  # S/RES/1591 (2005) op 8
        "8. Reiterates that, in the event the parties fail to fulfil their commitments and demands as outlined in "
        "paragraphs 1 and 6, and the situation in Darfur continues to deteriorate, the Council will consider further "
        "measures as provided for in Article 41 of the Charter of the United Nations;",
        [],
    ),
    (  # S/RES/1355 (2001) op 27
        "27. Expresses its intention to review progress by the parties in implementing the requirements and demands of "
        "this resolution;",
        [],
    ),
    (  # a noun "requests" after "and", the same words
        "3. Stresses that the parties have not complied with the commitments and requests referred to in paragraph 1 "
        "above;",
        [],
    ),
    (  # must not take: a real verb after "and" (S/RES/1591 (2005) op 1)
        "1. Deplores strongly that the Government of Sudan and rebel forces have failed to comply fully with their "
        "commitments and the demands of the Council, condemns the continued violations of the N'djamena Ceasefire "
        "Agreement, and demands that all parties take immediate steps to fulfil all their commitments;",
        [("demands", ("PartiesToConflict",))],
    ),
    (  # must not take: a verb with its object after "and" (S/RES/2765 (2024) op 12)
        "12. Condemns the attacks against protection of civilians patrols and demands the immediate cessation of such "
        "activities;",
        [("demands", ())],
    ),
    (  # must not take: "Reaffirms ... and requests the Secretary-General"
        "5. Reaffirms its commitments and requests the Secretary-General to report on the implementation of this "
        "resolution;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_past_demand_after_and(text, expected):
    r = resolution(text, date="2005-03-29")
    assert mandates(r, "verb", "addressees") == expected


def test_a_noun_after_and_keeps_the_clause_whole():
    """A/RES/74/162 op 4: the one mandate's clause runs to the paragraph's end, not to "demands"."""
    text = (
        "4. Encourages the Centre to take into account the requested activities, needs and demands of the countries of "
        "the subregion in the implementation of the strategic thematic priorities of the Office of the United Nations "
        "High Commissioner for Human Rights;"
    )
    r = resolution(text, date="2019-12-18", organ="GA")
    assert mandates(r, "verb") == ["encourages"]
    assert r.mandates[0].span.end - r.mandates[0].span.start > len(text) - 10
