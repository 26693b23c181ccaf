"""Terms that heldout9 missed (its README, 'The misses'), each read as the family of its wording.

Measures lifted by the resolution that imposed them, with what they are on or related to between:
"Decides to lift the arms embargo on the CAR established under resolution 2127 (2013) as amended and
extended by resolution 2693 (2023)" (S/RES/2745 (2024) op 1); "all prohibitions related to trade with
Iraq and the provision of financial or economic resources to Iraq established by resolution 661 (1990)
... shall no longer apply" (S/RES/1483 (2003) op 10, the passive further from its subject).

A committee terminated, as one dissolved: "Decides to terminate the Committee established pursuant to
paragraph 6 of resolution 661 (1990)" (S/RES/1483 op 19).

A regime set for a time and all States bound to assure it: "further decides that, until December 31,
2007, unless the Council decides otherwise, petroleum ... shall be immune ..., and that all States shall
take any steps ..." (S/RES/1483 op 22): the measures of its own paragraph, as "Decides that, until 31
July 2025, all Member States shall take the necessary measures" (S/RES/2745 op 2).

A working group the Security Council establishes is named as written, not ExpertGroup (S/RES/2744
(2024) op 5, 1612 (2005) op 8, 1566 (2004) op 9); the General Assembly's intergovernmental working
group stays ExpertGroup (heldout3 24 op 2)."""

import pytest

from tests.snippets import resolution, terms

SC = [
    (
        "1. Decides to lift the arms embargo on the CAR established under resolution 2127 (2013) as amended and "
        "extended by resolution 2693 (2023);",
        [(1, "terminates", "S/RES/2127(2013)", None, None)],
    ),
    (
        "10. Decides that, with the exception of prohibitions related to the sale or supply to Iraq of arms and "
        "related materiel other than those arms and related materiel required by the Authority to serve the purposes "
        "of this and other related resolutions, all prohibitions related to trade with Iraq and the provision of "
        "financial or economic resources to Iraq established by resolution 661 (1990) and subsequent relevant "
        "resolutions, including resolution 778 (1992) of 2 October 1992, shall no longer apply;",
        [(10, "terminates", "S/RES/661(1990)", None, None)],
    ),
    (
        "19. Decides to terminate the Committee established pursuant to paragraph 6 of resolution 661 (1990) at the "
        "conclusion of the six month period called for in paragraph 16 above and further decides that the Committee "
        "shall identify individuals and entities referred to in paragraph 23 below;",
        [(19, "terminates", "SanctionsCommittee", None, None)],
    ),
    (
        "22. Noting the relevance of the establishment of an internationally recognized, representative government "
        "of Iraq, further decides that, until December 31, 2007, unless the Council decides otherwise, petroleum, "
        "petroleum products, and natural gas originating in Iraq shall be immune, until title passes to the initial "
        "purchaser from legal proceedings against them, and that all States shall take any steps that may be "
        "necessary under their respective domestic legal systems to assure this protection;",
        [(22, "establishes", "S/RES/1483(2003)#22", "2007-12-31", None)],
    ),
    (
        "5. Establishes an informal working group of the Security Council to examine general issues on the subject "
        "of United Nations Security Council sanctions, whose mandate and terms of reference are set out in Annex II "
        "of this resolution;",
        [
            (
                5,
                "establishes",
                "informal working group of the Security Council to examine general issues on the subject of United "
                "Nations Security Council sanctions",
                None,
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", SC)
def test_term_of_a_lift_a_body_terminated_a_time_for_all_states(text, expected):
    r = resolution(text, date="2003-05-22", symbol="S/RES/1483 (2003)")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_the_assembly_working_group_stays_an_expert_group():
    text = (
        "2. Decides that the Sixth Committee shall continue its consideration of the scope and application of "
        "universal jurisdiction, and for this purpose reiterates its decision to establish, at its seventy-seventh "
        "session, a working group of the Sixth Committee to continue to undertake a thorough discussion;"
    )
    r = resolution(text, date="2021-12-09", organ="GA")
    assert terms(r, "op", "action", "of") == [(2, "establishes", "ExpertGroup")]
