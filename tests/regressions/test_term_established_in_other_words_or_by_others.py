"""Bodies set up in other words than "Decides to establish a X" were no terms, and bodies others are
asked to set up were (SC survey of 1 December 2026, a scan of every Council text of corpus-full):
asides before the body that are neither a time nor a consultation ("to establish, with immediate
effect, in accordance with rule 28 of its provisional rules of procedure, a Committee", S/RES/1518
(2003) op 1; "at its seventy-eighth and seventy-ninth sessions", A/RES/77/335 op 4); "Requests that
the Secretary-General rapidly establish an international commission of inquiry for an initial period
of one year" (S/RES/2127 (2013) op 24); the noun ("Endorses the establishment, for an initial period
of 12 months ..., of a United Nations Assistance Mission in Afghanistan (UNAMA)", S/RES/1401 (2002)
op 1; "to authorise and mandate the establishment, for an initial period of 12 months, of an AU/UN
Hybrid operation in Darfur (UNAMID)", S/RES/1769 (2007) op 1, the acronym and not the AU that
qualifies its name); the participle ("a Regional Protection Force established for an initial period
until 15 December 2016", S/RES/2304 (2016) op 8, a force of UNMISS in the vocabulary; "CTED ... to be
established as a special political mission, under the policy guidance of the Plenary, for an initial
period ending 31 December 2007", S/RES/1535 (2004) op 2); a name with a hyphenated word after a comma
("a Member State-led, open-ended ad hoc intergovernmental committee", A/RES/78/230 op 3, not the
Member States). Asked of others than the Secretary-General ("Requests UNITAMS and its integrated UNCT
partners to establish an appropriate mechanism", S/RES/2524 (2020) op 7; "calls on all parties ... to
cooperate to set up the Ituri Pacification Commission", S/RES/1445 (2002) op 15), a body set up is
no term of the organ's."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to establish, with immediate effect, in accordance with rule 28 of its provisional rules of "
        "procedure, a Committee of the Security Council, consisting of all the members of the Council, to continue "
        "to identify individuals and entities;",
        [(1, "establishes", "SanctionsCommittee", None, None)],
    ),
    (
        "24. Requests that the Secretary-General rapidly establish an international commission of inquiry for an "
        "initial period of one year, including experts in both international humanitarian law and human rights law;",
        [
            (24, "establishes", "international commission of inquiry", None, "P1Y")
        ],  # as written: test_term_set_up_named_as_written
    ),
    (
        "1. Endorses the establishment, for an initial period of 12 months from the date of adoption of this "
        "resolution, of a United Nations Assistance Mission in Afghanistan (UNAMA), with the mandate and structure "
        "laid out in the report of the Secretary-General of 18 March 2002 (S/2002/278);",
        [(1, "establishes", "UNAMA", "2003-03-28", "P12M")],
    ),
    (
        "1. Decides, in support of the early and effective implementation of the Darfur Peace Agreement, to "
        "authorise and mandate the establishment, for an initial period of 12 months, of an AU/UN Hybrid operation "
        "in Darfur (UNAMID) as set out in this resolution;",
        [(1, "establishes", "UNAMID", None, "P12M")],
    ),
    (
        "8. Decides further that UNMISS shall include, consistent with paragraph 7 above, a Regional Protection Force "
        "established for an initial period until 15 December 2016, which will report to the overall UNMISS Force "
        "Commander;",
        [(8, "establishes", "UNMISS", "2016-12-15", None)],
    ),
    (
        "2. Decides that the revitalized Committee will consist of the Plenary and the Bureau, assisted by the "
        "Counter-Terrorism Committee Executive Directorate (hereinafter \u201cCTED\u201d) to be established as a "
        "special political mission, under the policy guidance of the Plenary, for an initial period ending 31 "
        "December 2007 and subject to a comprehensive review;",
        [(2, "establishes", "CTED", "2007-12-31", None)],
    ),
    (
        "19. Requests the Secretary-General, in consultation with the Committee, to establish a panel of experts, "
        "for an initial period of four months, consisting of no more than five members;",
        [(19, "establishes", "panel of experts", None, "P4M")],
    ),
    (  # asked of others
        "7. Requests UNITAMS and its integrated UNCT partners to establish an appropriate mechanism for joint and "
        "coordinated peacebuilding support;",
        [],
    ),
    (
        "15. Calls on all parties, in particular the Union des Patriotes Congolais, to cooperate to set up the Ituri "
        "Pacification Commission, and requests the Secretary-General to increase the presence of MONUC;",
        [],
    ),
    (
        "5. Requests the Government of Burundi to keep the Council informed of progress to establish an "
        "all-Burundian protection force;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_established_in_other_words(text, expected):
    r = resolution(text, date="2002-03-28", symbol="S/RES/1401 (2002)")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_a_committee_named_with_a_hyphenated_word_after_a_comma():
    text = (
        "3. Decides to establish a Member State-led, open-ended ad hoc intergovernmental committee for the purpose "
        "of drafting terms of reference for a United Nations framework convention;"
    )
    r = resolution(text, date="2023-12-22", organ="GA", symbol="A/RES/78/230")
    assert terms(r, "op", "action", "of") == [(3, "establishes", "AdHocCommittee")]
