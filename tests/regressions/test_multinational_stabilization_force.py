"""The Prevlaka texts ask the United Nations military observers and the Stabilization Force in Bosnia and Herzegovina
(SFOR, resolution 1088 (1996)) to cooperate: "Requests the United Nations military observers and the multinational
stabilization force authorized by the Council in resolution 1088 (1996) ... to cooperate fully with each other"
(S/RES/1285 op 6, 1307 op 7, 1335 op 7, 1362 op 6, 1387 op 6; heldout19 06 op 6 gives UNMOP and the new id SFOR).
The force had no id and was left out; actors.yaml now has SFOR. Not the successor force the Member States are
authorized to establish, "a multinational stabilization force (EUFOR ALTHEA) as a legal successor to SFOR": the
authorization's addressee and its term's `of` stay the Member States (heldout13 02 op 1, heldout17 06 op 10)."""

import pytest

from tests.snippets import mandates, resolution, terms

MANDATES = [
    (  # S/RES/1307 (2000) op 7 (the fault of audit fixc56, #22)
        "7. Requests the United Nations military observers and the multinational stabilization force authorized by "
        "the Council in resolution 1088 (1996) of 12 December 1996 and extended by resolution 1305 (2000) of 21 June "
        "2000 to cooperate fully with each other;",
        [("requests", {"UNMOP", "SFOR"})],
    ),
    (  # S/RES/1387 (2002) op 6 (heldout19 06)
        "6. Requests the United Nations military observers and the multinational stabilization force authorized by "
        "the Council in resolution 1088 (1996) of 12 December 1996 and extended by resolution 1357 (2001) of 21 June "
        "2001 to cooperate fully with each other;",
        [("requests", {"UNMOP", "SFOR"})],
    ),
    (  # not taken: S/RES/1305 (2000) op 12, SFOR the one at whose request the Member States act
        "12. Authorizes Member States to take all necessary measures, at the request of SFOR, either in defence of "
        "SFOR or to assist the force in carrying out its mission, and recognizes the right of the force to take all "
        "necessary measures to defend itself from attack or threat of attack;",
        [("authorizes", {"MemberStates"})],
    ),
    (  # not taken: the successor in apposition, without a parenthesis (review56-B 4)
        "5. Calls upon the multinational stabilization force, EUFOR ALTHEA, to cooperate with the High Representative;",
        [("calls-upon", {"EuropeanUnion"})],
    ),
    (  # the same in brackets
        "5. Calls upon the multinational stabilization force [EUFOR ALTHEA] to cooperate with the High Representative;",
        [("calls-upon", {"EuropeanUnion"})],
    ),
]

# the description in another theatre, neither SFOR nor Prevlaka named: no force of the vocabulary (review56-B 4)
ELSEWHERE = [
    (
        "5. Requests the multinational stabilization force to support the Haitian National Police;",
        [("requests", set())],
    ),
]

TERMS = [
    (  # not taken: S/RES/2549 (2020) op 3, the successor force the Member States are authorized to establish
        "3. Authorizes the Member States acting through or in cooperation with the EU to establish for a further "
        "period of twelve months, starting from the date of the adoption of this resolution, a multinational "
        "stabilization force (EUFOR ALTHEA) as a legal successor to SFOR under unified command and control, which "
        "will fulfil its missions in relation to the implementation of Annex 1-A and Annex 2 of the Peace Agreement;",
        "2020-11-05",
        [("authorizes", {"MemberStates"})],
        [("authorizes", "MemberStates", "2021-11-05", "P12M")],
    ),
    (  # not taken: S/RES/1305 (2000) op 10, the force continued by the Member States authorized (heldout17 06 op 10)
        "10. Authorizes the Member States acting through or in cooperation with the organization referred to in "
        "Annex 1-A of the Peace Agreement to continue for a further planned period of 12 months the multinational "
        "stabilization force (SFOR) as established in accordance with its resolution 1088 (1996) under unified "
        "command and control in order to fulfil the role specified in Annex 1-A and Annex 2 of the Peace Agreement;",
        "2000-06-21",
        [("authorizes", {"MemberStates"})],
        [("authorizes", "MemberStates", None, "P12M")],
    ),
]


@pytest.mark.parametrize("text,expected", MANDATES)
def test_multinational_stabilization_force(text, expected):
    # UNMOP's contextual "the United Nations military observers" is read where the text names Prevlaka
    r = resolution(text, date="2001-01-12", preamble="Recalling its resolutions on the Prevlaka peninsula,")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize("text,date,expected,expected_terms", TERMS)
def test_its_successor_force_stays_the_member_states(text, date, expected, expected_terms):
    r = resolution(text, date=date)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
    assert terms(r, "action", "of", "until", "period") == expected_terms


@pytest.mark.parametrize("text,expected", ELSEWHERE)
def test_the_description_elsewhere_is_no_force(text, expected):
    r = resolution(text, date="2017-04-13")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
