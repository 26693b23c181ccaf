"""A directive verb in a paragraph's middle right after a word, with no comma, "and" or adverb before it (the
source's punctuation lost), was read as no verb: "Expresses its deep concern about the delays in implementing the
Revitalized Agreement urges the leaders of South Sudan to display political will" (heldout43 S/RES/2729 (2024) op 6,
S/RES/2779 (2025) op 6: "the leaders of South Sudan", PartiesToConflict, lost), "welcomes in this regard the STP urges
the FGS and FMS to fully implement their commitments" (S/RES/2568 (2021) op 1), "in regards to the terrorist attack ...
that injured three United Nations personnel and contractors encourages the UN to continue" (S/RES/2461 (2019) op 2: the
"that" clause has its own verb). Not where a clause word and a noun phrase open the verb's clause, whose verb it is:
"Notes that the Committee calls upon the host country" (A/RES/74/195 op 10), "as the Panel requests"; nor a noun after a
determiner or a restating verb ("Reiterates its calls on", "reiterates calls upon"). Review Y2 of this reading: "calls
upon" is never read so ("the Secretary-General's repeated calls upon all parties" is his call); the clause runs back to the
semicolon, colon or paragraph start, with an aside or a prepositional phrase between its word and its subject ("Notes
that, as the Panel reported, the Government urges"), "wherein" and "nothing" read as such; no verb inside a quotation.
A form that is also a noun ("requests", "demands") was never read so: it is, before its object and an infinitive in the
same clause, "Expresses concern at continuing violations of the Security Council charcoal ban requests the
Secretary-General and his Special Representative to raise awareness" (S/RES/2124 (2013) op 28, lost); not before a
noun's complement ("the ban requests of the Committee"), nor in a clause of its own ("that the Committee requests the
Monitoring Team to include", S/RES/2610 (2021) annex (v))."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # S/RES/2729 (2024) op 6, as the source has it
        "6. Expresses its deep concern about the delays in implementing the Revitalized Agreement urges the leaders of "
        "South Sudan to display political will and build mutual trust urgently calls upon the parties to engage in an "
        "open and constructive dialogue;",
        "SC",
        [(6, "urges", ("PartiesToConflict",)), (6, "calls-upon", ("PartiesToConflict",))],
    ),
    (  # S/RES/2461 (2019) op 2
        "2. Strongly condemns recent attacks by Al-Shabaab; in regards to the terrorist attack of 1 January 2019 on the "
        "United Nations Compound in Mogadishu that injured three United Nations personnel and contractors encourages "
        "the UN to continue working on strengthening the security of the UN compound;",
        "SC",
        [(2, "encourages", ("UNSystemEntities",))],
    ),
    (  # near miss: A/RES/74/195 op 10, the Committee's call in a "that" clause
        "10. Notes that the Committee calls upon the host country to review its differing procedures;",
        "GA",
        [],
    ),
    (  # near miss: "as" and a noun phrase open the clause
        "4. Welcomes the work of the Panel as the Panel encourages States to cooperate;",
        "SC",
        [],
    ),
    (  # near miss: a noun after a determiner (S/RES/2561 (2021) op 11), one renewed call
        "11. Reiterates its calls on the Turkish Cypriot side and Turkish forces to restore the military status quo;",
        "SC",
        [(11, "calls-upon", ("PartiesToConflict", "state:TUR"))],
    ),
    (  # S/RES/2568 (2021) op 1: the clause words before the organ's own "welcomes" open no clause of "urges"
        "1. Reiterates its aspiration that Somalia should be responsible for its own security, emphasises that the FGS "
        "should lead the security transition process, welcomes in this regard the STP urges the FGS and FMS to fully "
        "implement their commitments;",
        "SC",
        [(1, "urges", ("state:SOM", "LocalGovernments"))],
    ),
    (  # near miss (review Y2): "calls" after a possessive and an adjective is another's call, a noun
        "7. Supports the Secretary-General’s repeated calls upon all parties to cease hostilities immediately;",
        "SC",
        [],
    ),
    (  # near miss (review Y2): the same after a possessive alone
        "7. Takes note of the African Union’s calls upon Member States to support the Fund;",
        "GA",
        [],
    ),
    (  # near miss (review Y2): an aside between commas stands between "that" and the clause's subject
        "3. Notes that, as the Panel reported, the Government urges the parties to the conflict to negotiate;",
        "SC",
        [],
    ),
    (  # near miss (review Y2): a prepositional phrase stands between "that" and the subject
        "5. Recalls that in its resolution 70/1 the General Assembly encourages Member States to conduct regular reviews;",
        "GA",
        [],
    ),
    (  # near miss (review Y2): "wherein" opens a clause
        "2. Takes note of the letter dated 5 May 2020 wherein Iraq urges the members of the Council to support the "
        "Committee;",
        "SC",
        [],
    ),
    (  # near miss (review Y2): "nothing" is the clause's subject
        "4. Reaffirms the principle that nothing in the Charter authorizes the United Nations to intervene in domestic "
        "matters;",
        "GA",
        [],
    ),
    (  # S/RES/2124 (2013) op 28: a form that is also a noun, before its object's infinitive
        "28. Expresses concern at continuing violations of the Security Council charcoal ban requests the "
        "Secretary-General and his Special Representative to raise awareness amongst relevant Member States;",
        "SC",
        [(28, "requests", ("SecretaryGeneral", "SpecialRepresentatives"))],
    ),
    (  # near miss: the same form with no infinitive after its object is a noun
        "28. Expresses concern at continuing violations of the charcoal ban and notes the ban requests the Committee "
        "received from Member States;",
        "SC",
        [],
    ),
    (  # near miss: the same form in a clause of its own, its subject the Committee (S/RES/2610 (2021) annex (v))
        "5. Decides to consider any other issues that the Security Council or the Committee requests the Monitoring "
        "Team to include in its comprehensive reports;",
        "SC",
        [(5, "decides", ("SecurityCouncil",))],
    ),
    (  # near miss (review Y2): a verb in a quotation is the cited text's
        "8. Recalls its statement of 3 May 2020 (S/PRST/2020/5): “The Security Council urges all parties to respect "
        "international humanitarian law”;",
        "SC",
        [],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_verb_with_its_punctuation_lost(text, organ, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert mandates(r, "op", "verb", "addressees") == expected
