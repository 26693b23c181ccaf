"""Items numbered in parentheses, and the operative number of a sub-paragraph's mandate:

* S/RES/2550 (2020), 2609 (2021), 2760 (2024) op 3, 2802 (2025) op 4, 2386 (2017) op 9, 2412, 2438,
  2465, 2497 op 3: "Determines that both parties should ... demonstrate measurable progress on border
  demarcation, specifically by taking the measures listed below:" and "(1) UNISFA and JBVMM Patrols:
  Achieve standing clearance ...", "(2) JBVMM Team Sites: Support operationalizing the team site in Abu
  Qussa/Wunkur, and calls upon South Sudan to resolve the challenges ...": "(1)" was no sub-paragraph
  label, so each item was a block of no paragraph and its words ("calls upon South Sudan") were lost;
* a sub-paragraph's mandate took the number of the last paragraph with a mandate, not its own
  paragraph's (the (2) above was op 2's, the paragraph before; A/RES/74/148 op 4 "Reaffirms ...:"
  and its "(c) Also encourages States" were op 3's): 304 mandates of corpus-full."""

import pytest

from tests.snippets import facts, resolution

UNISFA = (
    "2. Decides to extend until 15 May 2022 UNISFA’s mandate modification;\n\n"
    "3. Determines that both parties should continue to demonstrate measurable progress on border demarcation, "
    "specifically by taking the measures listed below:\n\n"
    "(1) UNISFA and JBVMM Patrols: Achieve standing clearance and full freedom of movement for all air and ground "
    "patrols,\n\n"
    "(2) JBVMM Team Sites: Support operationalizing the team site in Abu Qussa/Wunkur, and calls upon South Sudan "
    "to resolve the challenges with JBVMM’s return to Gok Machar,\n\n"
    "(3) JPSM: Provide clear guidance to JBVMM by convening two meetings of the JPSM;\n\n"
    "4. Decides to remain seized of the matter.\n"
)
REAFFIRMS = (
    "3. Calls upon Member States to develop coherent approaches to migration;\n\n"
    "4. Reaffirms the rights set forth in the Universal Declaration of Human Rights, and:\n\n"
    "(a) Notes the importance of protecting migrants;\n\n"
    "(b) Also encourages States to ensure that their national legislation protects migrants;\n\n"
    "5. Requests the Secretary-General to report to the General Assembly at its seventy-sixth session.\n"
)

CASES = [
    (
        "numbered items of a list",
        UNISFA,
        "SC",
        "2021-11-15",
        ["(1)", "(2)", "(3)"],
        [(2, "decides"), (3, "calls-upon"), (4, "decides")],
    ),
    (
        "a sub-paragraph's verb after a paragraph without one",
        REAFFIRMS,
        "GA",
        "2019-12-18",
        ["(a)", "(b)"],
        [(3, "calls-upon"), (4, "encourages"), (5, "requests")],
    ),
]


@pytest.mark.parametrize("label, text, organ, date, labels, mandates", CASES, ids=[c[0] for c in CASES])
def test_items_numbered_in_parentheses(label, text, organ, date, labels, mandates):
    r = resolution(text, date=date, organ=organ)
    subs = [p for p in r.paragraphs if p.kind == "subparagraph"]
    assert [p.label for p in subs] == labels
    assert not [p for p in r.paragraphs if p.kind == "other"]
    assert [(op, verb) for op, verb in facts(r.mandates, ("op", "verb"))] == mandates
    by_index = {p.index: p for p in r.paragraphs}
    assert all(by_index[m.paragraph].number == m.op for m in r.mandates)


def test_a_sub_paragraphs_verb_under_the_texts_first_paragraph():
    # A/HRC/RES/57/27 op 1 (the heldout4 gold): "Welcomes the commitment of the Federal Government of Somalia
    # ..., and in that regard also welcomes: ... (d) The retention of provisions ..., and encourages the
    # Federal Government to ensure ...": no paragraph before it asked anyone, and its sub-paragraphs' verbs
    # were lost
    r = resolution(
        "1. Welcomes the commitment of the Federal Government of Somalia to improving the situation of human "
        "rights, and in that regard also welcomes:\n\n"
        "(a) The Somalia security sector development plan;\n\n"
        "(b) The retention of provisions to protect human rights, and encourages the Federal Government to ensure "
        "broad consultations;\n\n"
        "2. Requests the High Commissioner to report to the Human Rights Council at its fifty-ninth session.\n",
        date="2024-10-11",
        organ="HRC",
    )
    assert facts(r.mandates, ("op", "verb", "addressees")) == [
        (1, "encourages", ("state:SOM",)),
        (2, "requests", ("HighCommissionerHumanRights",)),
    ]
