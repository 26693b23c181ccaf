"""A directive verb in the middle of a sub-paragraph of a task is a mandate of its paragraph:
"Reiterates the urgent call upon Myanmar ...:\\n(t) To support ..., and to that end calls upon all
stakeholders in Myanmar to cooperate with the Association" (A/RES/78/219 op 16, held-out gold),
"(x) To uphold the rights ... of Ukrainian prisoners, and encourages it to respect the Nelson Mandela
Rules" (A/RES/74/168 op 6: "it" the State the paragraph urges), "... and requests him to report to the
Council when he has done so" (S/RES/1958 (2010) op 7: the Secretary-General the paragraph asked). The
verb must be in the third person: "(c) to alert, request assistance from and provide assistance to law
enforcement agencies" is the task's own infinitive. The tasks after such a sub-paragraph are still its
paragraph's addressee's: a report asked in them is his.
"""

import pytest

from tests.snippets import mandates, reports, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n"
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n"

CASES = [
    (
        GA,
        "1. Reiterates the urgent call upon Myanmar:\n(a) To end violence;\n(b) To support the Association of "
        "Southeast Asian Nations, and to that end calls upon all stakeholders in Myanmar to cooperate with the "
        "Association;\n\n2. Requests the Secretary-General to report.",
        [(1, "calls-upon", {"state:MMR"}), (1, "calls-upon", {"Stakeholders"}), (2, "requests", {"SecretaryGeneral"})],
    ),
    (
        GA,
        "1. Urges the Russian Federation:\n(a) To uphold the rights of Ukrainian prisoners, and encourages it to "
        "respect the Nelson Mandela Rules;\n(b) To release them;",
        [(1, "urges", {"state:RUS"}), (1, "encourages", {"state:RUS"})],
    ),
    (
        GA,
        "1. Encourages Member States to promote:\n(a) Publication of notices to alert, request assistance from and "
        "provide assistance to law enforcement agencies of other Member States;",
        [(1, "encourages", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_verb_in_the_middle_of_a_task(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert mandates(r, "op", "verb", "addressees", as_sets=True) == expected


def test_a_task_after_such_a_verb_is_still_the_paragraph_addressee_s():
    r = snippet(
        SC + "1. Requests the Secretary-General to:\n(a) Support the Mission, and decides that reimbursements shall "
        "be made quarterly;\n(b) Report to the Council on the Trust Fund by 1 June 2020;\n"
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == [
        ("requests", {"SecretaryGeneral"}),
        ("decides", {"SecurityCouncil"}),
    ]
    assert reports(r, "by", "to", "due") == [("SecretaryGeneral", "SecurityCouncil", "2020-06-01")]
