"""A directive verb's form after a comma or adverbs that is the verb of a clause of another's was read as the organ's
mandate: "Recognizes that the Declaration of Principles adopted at the first phase of the World Summit on the
Information Society, held in Geneva in December 2003, strongly urges States to avoid and refrain from any unilateral
measure" (heldout44 A/HRC/RES/55/7 op 18: an extra "urges" States; the Declaration urges), "Notes that the
Secretary-General of the World Tourism Organization, in his report, invites Member States" (A/RES/75/229 op 7,
A/RES/77/178 op 10), "Expresses its readiness to terminate the measures ... when the Committee, taking into account
expert advice, decides that Liberia has established" (S/RES/1521 (2003) op 8), and, the punctuation lost, "Stresses
that impunity for such crimes encourages their recurrence" (a bare noun after the "that" of a verb that asks no one).
The clause's subject is a name (capitals, "of the"), maybe with a participle's phrase, and an aside set off by commas
opening with a preposition or a participle stands before the verb's comma. Not where the clause may have its own verb
before the comma (a common noun's subject: "Emphasizes that the Government of Sierra Leone bears the primary
responsibility for peacebuilding, security and long-term development in the country, encourages the Government",
S/RES/1734 (2006) op 6), nor after "and", nor after the "that" of a directive verb, the punctuation lost ("Decides that
funds shall be provided requests the Secretary-General")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout44 A/HRC/RES/55/7 op 18
        "18. Recognizes that the Declaration of Principles adopted at the first phase of the World Summit on the "
        "Information Society, held in Geneva in December 2003, strongly urges States to avoid and refrain from any "
        "unilateral measure in building the information society;",
        "HRC",
        [],
    ),
    (  # A/RES/75/229 op 7
        "7. Notes that the Secretary-General of the World Tourism Organization, in his report, invites Member States, "
        "international agencies and the private sector to support the Organization;",
        "GA",
        [],
    ),
    (  # S/RES/1521 (2003) op 8
        "8. Expresses its readiness to terminate the measures referred to in paragraph 6 above when the Committee, "
        "taking into account expert advice, decides that Liberia has established a transparent certificate of origin "
        "regime;",
        "SC",
        [],
    ),
    (  # a bare noun after the "that" of a verb that asks no one, the punctuation lost
        "6. Stresses that impunity for such crimes encourages their recurrence;",
        "SC",
        [],
    ),
    (  # near miss: S/RES/1734 (2006) op 6, a common noun's clause whose verb comes before the comma
        "6. Emphasizes that the Government of Sierra Leone bears the primary responsibility for peacebuilding, security "
        "and long-term development in the country, encourages the Government of Sierra Leone to continue its efforts;",
        "SC",
        [(6, "encourages", ("state:SLE",))],
    ),
    (  # near miss: the clause's verb before an aside opening with a preposition
        "4. Stresses that the Convention is essential, in particular for small island developing States, urges States "
        "to ratify it;",
        "GA",
        [(4, "urges", ("States",))],
    ),
    (  # near miss: after "and" the verb is the organ's
        "18. Recognizes that the Declaration of Principles adopted at the first phase of the Summit, held in Geneva in "
        "December 2003, and strongly urges States to refrain from any unilateral measure;",
        "HRC",
        [(18, "urges", ("States",))],
    ),
    (  # near miss: a past tense with its object is the clause's own verb, not a participle
        "5. Welcomes that the Government of Mali launched the inclusive national dialogue, with the support of "
        "MINUSMA, urges the Government to ensure its implementation;",
        "SC",
        [(5, "urges", ("state:MLI",))],
    ),
    (  # near miss: the same, an aside opening with a preposition after it
        "5. Recalls that the Human Rights Council adopted resolution 5/1, on institution-building, requests the "
        "Secretary-General to report;",
        "HRC",
        [(5, "requests", ("SecretaryGeneral",))],
    ),
    (  # near miss: the same, an aside of "in particular"
        "5. Notes that the Government of Libya requested assistance, in particular from the United Nations, urges "
        "Member States to provide it;",
        "SC",
        [(5, "urges", ("MemberStates",))],
    ),
    (  # near miss: a past tense with its object, the punctuation lost, adverbs before the verb
        "5. Recalls that the Security Council adopted resolution 2250 (2015) on youth further urges Member States to "
        "act;",
        "GA",
        [(5, "urges", ("MemberStates",))],
    ),
    (  # near miss: the same, an acronym's clause
        "5. Notes that UNAMA reported an increase in civilian casualties strongly urges all parties to protect "
        "civilians;",
        "SC",
        [(5, "urges", ("PartiesToConflict",))],
    ),
    (  # near miss: "as" opens no clause of a named subject here
        "5. Welcomes the appointment of Ms. Bintou Keita as Special Representative of the Secretary-General, with "
        "effect from 1 July 2020, requests the Secretary-General to keep the Council informed;",
        "SC",
        [(5, "requests", ("SecretaryGeneral",))],
    ),
    (  # near miss: a modal before the verb, the clause's own verb, the punctuation lost
        "5. Stresses that humanitarian access must be ensured urges all parties to allow it;",
        "SC",
        [(5, "urges", ("PartiesToConflict",))],
    ),
    (  # near miss: the "that" of a directive verb, the punctuation lost: the organ's next verb
        "9. Decides that funds shall be provided from the regular budget requests the Secretary-General to report "
        "thereon;",
        "GA",
        [(9, "decides", ("GeneralAssembly",)), (9, "requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_verb_of_a_clause_with_a_named_subject(text, organ, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert mandates(r, "op", "verb", "addressees") == expected
