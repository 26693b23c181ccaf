"""Those named "together with" an addressee act with it (the golds' reading of "X, together with Y, to <act>" in every
set, heldout49 S/RES/2427 (2018) op 5's review r1; partners after "in cooperation with" are not asked): where a "that"
clause's subject is followed by "together with Y," and its modal, Y is asked too ("Decides that the co-facilitators,
together with the Office of the High Commissioner, shall be responsible for the preparation of a joint report",
heldout49 A/HRC/RES/54/12 op 16 (c): CoFacilitators, OHCHR; elliptic.TOGETHER, mandates.yaml `together_modals`), and a
decision reads it as well. "relevant child protection actors" acting together with the Special Representative
(heldout49 S/RES/2427 (2018) op 5, heldout29 S/RES/2601 (2021) op 19) are the golds' Stakeholders (actors.yaml).
Near misses: an impersonal decision's subject ("the measures") asks no one with it; "together with" inside the
subject's infinitive or after its modal names a partner; children handed over to child protection actors, or
cooperation with them, asks nothing of them; "in cooperation with" names a partner; a document as the subject or
"together with" it ("Decides that the report of the Secretary-General, together with the report of the Special
Rapporteur, shall be transmitted", stop 67 review) asks no one with it (mandates.yaml `together_documents`)."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolution 5/1,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 1325 (2000),\n\n1. "

CASES = [
    (  # heldout49 A/HRC/RES/54/12 op 16 (c)
        HRC,
        "Decides that the co-facilitators, together with the Office of the High Commissioner, shall be responsible for "
        "the preparation of a joint report on the discussions;",
        [("decides", ("CoFacilitators", "OHCHR"))],
    ),
    (
        SC,
        "Requests that the Secretary-General, together with the African Union, should submit a joint assessment;",
        [("requests", ("SecretaryGeneral", "AfricanUnion"))],
    ),
    (  # heldout49 S/RES/2427 (2018) op 5
        SC,
        "Calls on the Special Representative, together with relevant child protection actors, to compile "
        "comprehensive best practices;",
        [("calls-upon", ("SpecialRepresentatives", "Stakeholders"))],
    ),
    (  # the infinitive form after a decision's object: the golds' reading of "X, together with Y, to" (stop 67 review)
        HRC,
        "Decides to invite the Secretary-General, together with the Office of the High Commissioner, to prepare a "
        "report;",
        [("decides", ("SecretaryGeneral", "OHCHR"))],
    ),
    # near misses
    (  # a document as the subject, or "together with" it, asks no partner (mandates.yaml `together_documents`)
        SC,
        "Decides that the report of the Secretary-General, together with the report of the Special Rapporteur, shall "
        "be transmitted to the Human Rights Council;",
        [("decides", ("SecretaryGeneral",))],
    ),
    (
        HRC,
        "Decides that the report of the Special Rapporteur, together with the comments of the Secretary-General, shall "
        "be considered;",
        [("decides", ("SpecialProcedures",))],
    ),
    (
        SC,
        "Decides that the Secretary-General, together with the report of the Special Rapporteur, shall submit;",
        [("decides", ("SecretaryGeneral",))],
    ),
    (  # an impersonal decision: the organ's own
        SC,
        "Decides that the measures, together with the African Union, shall apply;",
        [("decides", ("SecurityCouncil",))],
    ),
    (  # after the modal: a partner of the act
        SC,
        "Decides that Member States shall, together with the African Union, take measures;",
        [("decides", ("MemberStates",))],
    ),
    (  # no actor after "together with"
        SC,
        "Decides that Member States, together with the measures in paragraph 3, shall take measures;",
        [("decides", ("MemberStates",))],
    ),
    (  # a partner after "in cooperation with"
        HRC,
        "Decides that the co-facilitators, in cooperation with the Office of the High Commissioner, shall prepare a "
        "joint report;",
        [("decides", ("CoFacilitators",))],
    ),
    (  # children handed over to them: no ask of theirs
        SC,
        "Urges all parties to hand over children to relevant civilian child protection actors;",
        [("urges", ("PartiesToConflict",))],
    ),
    (  # cooperated with: no ask of theirs
        SC,
        "Requests the Secretary-General to ensure continued monitoring, including through enhanced cooperation with "
        "child protection actors;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_acting_together_with_the_subject_of_that(pre, text, expected):
    assert mandates(snippet(pre + text + "\n"), "verb", "addressees") == expected
