"""A report due "prior to the high-level meeting" that the same text dates in another paragraph is due on the
meeting's (first) day: "and also requests the President to prepare a summary of the hearing prior to the high-level
meeting" (A/RES/77/275 op 6, heldout35 26: due 2023-09-20, the day its op 1 holds the meeting on) had no due; the
Assembly's modalities texts for its high-level meetings (A/RES/75/260, 77/274, 78/269, 79/273, 80/247, 80/256) ask so.
Not where the text gives the meeting no day, nor "at least sixty days prior to" it."""

import pytest

from tests.snippets import reports, resolution

OP1 = (
    "1. Decides that the one-day high-level meeting on pandemic prevention, preparedness and response to be convened "
    "by the President of the General Assembly in collaboration with the World Health Organization shall be held at "
    "United Nations Headquarters in New York on 20 September 2023, on the second day of the general debate of the "
    "Assembly at its seventy-eighth session, from 10 a.m. to 6 p.m.;\n\n"
)
OP6 = (
    "6. Requests the President of the General Assembly, with the support of the World Health Organization, to organize "
    "and preside over an interactive multi-stakeholder hearing, no later than June 2023, as part of the preparatory "
    "process for the high-level meeting, and also requests the President to prepare a summary of the hearing prior to "
    "the high-level meeting;"
)

CASES = [
    (OP1 + OP6, [(6, "PresidentGeneralAssembly", "GeneralAssembly", "2023-09-20")]),
    (  # A/RES/75/260 op 1: "from 8 to 10 June 2021", the first day
        "1. Decides to convene a high-level meeting from 8 to 10 June 2021, which will undertake a comprehensive review "
        "of the progress on the commitments made;\n\n" + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", "2021-06-08")],
    ),
    (  # must not take: the meeting has no day in the text (A/RES/75/315 op 1)
        OP1.replace("on 20 September 2023, on the second day", "on the third day") + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # must not take: an amount before, another time than the meeting's day
        OP1 + OP6.replace("prior to the high-level", "at least sixty days prior to the high-level"),
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # must not take: a singular amount or a year before (review53 D1)
        OP1 + OP6.replace("prior to the high-level", "at least one month prior to the high-level"),
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (
        OP1 + OP6.replace("prior to the high-level", "a year ahead of the high-level"),
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # must not take: the day of another thing held in the same paragraph (review53 D2)
        "1. Decides that the high-level meeting shall be held during the seventy-eighth session, and that the "
        "interactive hearing shall be held on 15 May 2023;\n\n" + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # must not take: another event than the one dated
        OP1 + OP6.replace("prior to the high-level meeting;", "prior to the summit;"),
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # must not take: two meetings of that name on two days, which one is unknown
        "1. Decides to convene a high-level meeting on 3 June 2023 on HIV, and further decides to convene a high-level "
        "meeting on 20 September 2023 on pandemics;\n\n" + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # left (A/RES/79/288 ops 4, 12): a meeting named by "of" after it
        OP1 + OP6.replace("the high-level meeting;", "the high-level meeting of the General Assembly;"),
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
    (  # a range across two months: the first day (review53 D8)
        "1. Decides to convene a high-level meeting from 30 September to 1 October 2024;\n\n" + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", "2024-09-30")],
    ),
    (  # must not take: "on" ending a word ("held in Kingston 15 ...") is no day (review53 D8)
        "1. Decides that the high-level meeting shall be held in Kingston 15 June 2023;\n\n" + OP6,
        [(6, "PresidentGeneralAssembly", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_due_before_a_dated_meeting(text, expected):
    r = resolution(text, date="2023-03-16", organ="GA")
    assert reports(r, "op", "by", "to", "due") == expected
