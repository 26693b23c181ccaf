"""A working group's term read with its name as written where the golds read the vocabulary's ExpertGroup (its alias
"working group"): set up named with the organ it belongs to (heldout33 27, A/HRC/RES/56/5 op 1: "Decides to establish an
open-ended intergovernmental working group of the Human Rights Council with the mandate of exploring ..."), where "working
group" was not at the name's end, and renewed (heldout30 28, A/HRC/RES/54/11 op 1: "Decides to renew the mandate of the
open-ended intergovernmental working group for a period of three years"), where the generic ids were never read for an
extension. Both as heldout7 29 op 1 ("to establish an open-ended intergovernmental working group with the mandate of").
Not a name that goes on past the organ or the group: "an informal working group of the Security Council to examine
general issues ..." (S/RES/2744 (2024) op 5, heldout9 03: as written), "the Working Group on Enforced or Involuntary
Disappearances" (a special procedure, as written)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Decides to establish an open-ended intergovernmental working group of the Human Rights Council with the "
        "mandate of exploring the possibility of, elaborating and submitting to the Human Rights Council a draft "
        "optional protocol to the Convention on the Rights of the Child;",
        "HRC",
        "2024-07-10",
        [(1, "establishes", "ExpertGroup")],
    ),
    (
        "1. Decides to establish an open-ended intergovernmental working group with the mandate of elaborating and "
        "submitting to the Human Rights Council a draft legally binding instrument;",
        "HRC",
        "2025-04-04",
        [(1, "establishes", "ExpertGroup")],
    ),
    (
        "1. Decides to renew the mandate of the open-ended intergovernmental working group for a period of three years, "
        "with a mandate to continue to elaborate the content of an international regulatory framework;",
        "HRC",
        "2023-10-11",
        [(1, "extends", "ExpertGroup")],
    ),
    # review51 findings 5, 6: an expert group renewed is of its kind too; a bare "the working group" (the one the text
    # speaks of) stays as written; a group of an organ other than the speaking one is of its kind
    (
        "1. Decides to renew the mandate of the intergovernmental expert group for a period of two years;",
        "HRC",
        "2023-10-10",
        [(1, "extends", "ExpertGroup")],
    ),
    (
        "1. Decides to renew the mandate of the working group for a period of three years;",
        "HRC",
        "2023-10-10",
        [(1, "extends", "working group")],
    ),
    (
        "1. Decides to establish an open-ended intergovernmental working group of the General Assembly with the mandate "
        "of elaborating a draft for a period of two years;",
        "HRC",
        "2023-10-10",
        [(1, "establishes", "ExpertGroup")],
    ),
    (
        "8. Decides to extend the mandate of the Working Group on Enforced or Involuntary Disappearances for a further "
        "period of three years;",
        "HRC",
        "2023-10-11",
        [(8, "extends", "Working Group on Enforced or Involuntary Disappearances")],
    ),
    (
        "5. Establishes an informal working group of the Security Council to examine general issues on the subject of "
        "United Nations Security Council sanctions, whose mandate and terms of reference are set out in Annex II of this "
        "resolution;",
        "SC",
        "2024-07-19",
        [
            (
                5,
                "establishes",
                "informal working group of the Security Council to examine general issues on the subject of United "
                "Nations Security Council sanctions",
            )
        ],
    ),
]


@pytest.mark.parametrize("text,organ,date,expected", CASES)
def test_term_of_a_working_group_named_by_its_kind(text, organ, date, expected):
    r = resolution(text, date=date, organ=organ)
    assert terms(r, "op", "action", "of") == expected
