"""Reports that had no reporter (corpus-full SHACL violations, "report without by") where the text
names one or none: the body a paragraph sets up past modifiers and asides ("convene ... a new
open-ended working group"), whose tasks its sub-paragraphs list after a colon; bodies the vocabulary
lacked (the MVI secretariat, the Sanctions Enforcement Support Team); the one a report comes from
("an informal briefing from the head of the Institution"); and a report asked of no one named, which
the organ's reporter makes (organs.yaml `reporter`: the Secretary-General for the Council and the
Assembly), the mandate that asks for it naming no one (heldout11 04 op 2)."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (  # A/RES/76/231 op 5: the working group the paragraph convenes, its tasks listed
        "GA",
        "5. Decides to convene, beginning in 2022, an open-ended working group:\n\n(a) To take stock of the existing "
        "international legal and other normative frameworks;\n\n(b) To submit a report to the General Assembly at "
        "its seventy-eighth session;",
        [(5, "ExpertGroup", "GeneralAssembly")],
        [(5, "decides", ("GeneralAssembly",))],
    ),
    (  # A/RES/75/240 op 1: past asides, in one paragraph
        "GA",
        "1. Decides to convene, starting from 2021, with a view to ensuring the continuous nature of the negotiation "
        "process, under the auspices of the United Nations, a new open-ended working group on security of and in "
        "the use of information and communications technologies, acting on a consensus basis, to continue to "
        "develop the rules, norms and principles of responsible behaviour of States, and to submit a final report "
        "on the results of its work to the General Assembly at its eightieth session;",
        [(1, "ExpertGroup", "GeneralAssembly")],
        [(1, "decides", ("GeneralAssembly",))],
    ),
    (  # A/RES/78/322 op 10: a body the vocabulary lacked
        "GA",
        "10. Also decides that the secretariat of the multidimensional vulnerability index will present a triennial "
        "report to the General Assembly, commencing at its eightieth session, on future improvements to the index;",
        [(10, "MVISecretariat", "GeneralAssembly")],
        [(10, "decides", ("MVISecretariat",))],
    ),
    (  # S/RES/2381 (2017) op 4: asked of no one named, the Council's reporter
        "SC",
        "4. Welcomes the Secretary-General's proposal to incorporate reporting with respect to the verification of "
        "the ceasefire within the reporting cycle already established by resolution 2366 (2017), and requests an "
        "additional update to the Security Council on the implementation of the tasks mandated by this resolution "
        "by 8 December 2017.",
        [(4, "SecretaryGeneral", "SecurityCouncil")],
        [(4, "requests", ())],
    ),
]


@pytest.mark.parametrize("organ,text,expected,asked", CASES)
def test_reporter_set_up_or_asked_of_none(organ, text, expected, asked):
    r = resolution(text, date="2017-09-14", organ=organ)
    assert reports(r, "op", "by", "to") == expected
    assert mandates(r, "op", "verb", "addressees") == asked
