"""A decision's "that" clause may open with a prepositional aside and no comma after "that", its subject after the
aside's comma: "Decides that at its sixty-ninth session, in 2025, the Commission on the Status of Women will undertake a
review and appraisal" (heldout19 E/RES/2022/5 op 1: the annotators' CSW, README "Decides that all States shall" ->
States) was the Council's, its addressee window ending at the aside ("at its sixty-ninth session"). Likewise "decides
that for sales and transactions of iron and iron ore for which written contracts have been finalized prior to the
adoption of this resolution, all States may allow those shipments" (S/RES/2371 (2017) ops 8-10, 2375 (2017) op 16,
States) and "Decides that in addition to paragraph 1 above, BNUB shall also continue to support the Government"
(S/RES/2027 (2011) op 2). As after "that," the subject follows a comma of the aside; here it must be one name that
its modal verb follows. Guards: a subject inside the aside ("Decides that in the first phase of its transition UNTMIS
will complete the ... transfer, to the FGS, the UNCT and other stakeholders", S/RES/2753 (2024) op 7: UNTMIS, not whom
the tasks go to); a list of those a measure does not apply to (S/RES/2244 (2015) op 23, heldout8's Council); the
mandate as subject (S/RES/2284 (2016) op 15, the Council)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "
ECOSOC = "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # heldout19 E/RES/2022/5 op 1
        ECOSOC,
        "Decides that at its sixty-ninth session, in 2025, the Commission on the Status of Women will undertake a "
        "review and appraisal of the implementation of the Beijing Declaration and Platform for Action;",
        [("decides", {"CSW"})],
    ),
    (  # S/RES/2371 (2017) op 8
        SC,
        "Decides that for sales and transactions of iron and iron ore for which written contracts have been finalized "
        "prior to the adoption of this resolution, all States may allow those shipments to be imported into their "
        "territories up to 30 days from the date of adoption of this resolution;",
        [("decides", {"States"})],
    ),
    (  # S/RES/2027 (2011) op 2
        SC,
        "Decides that in addition to paragraph 1 above, BNUB shall also continue to support the Government of Burundi "
        "in the following areas;",
        [("decides", {"BINUB"})],
    ),
    (  # guard: S/RES/2753 (2024) op 7
        SC,
        "Decides that in the first phase of its transition UNTMIS will complete the progressive and phased transfer, "
        "to the FGS, the UNCT and other stakeholders, as appropriate, of: a. Coordination of United Nations agencies;",
        [("decides", {"UNTMIS"})],
    ),
    (  # guard: S/RES/2244 (2015) op 23
        SC,
        "Decides that until 15 November 2016 and without prejudice to humanitarian assistance programmes conducted "
        "elsewhere, the measures imposed by paragraph 3 of resolution 1844 (2008) shall not apply to the payment of "
        "funds necessary to ensure the timely delivery of urgently needed humanitarian assistance in Somalia, by the "
        "United Nations, its specialized agencies or programmes, humanitarian organizations having observer status "
        "with the United Nations General Assembly that provide humanitarian assistance, and their implementing "
        "partners;",
        [("decides", {"SecurityCouncil"})],
    ),
    (  # guard: S/RES/2284 (2016) op 15
        SC,
        "Decides that until 30 April 2017, the mandate of UNOCI shall be the following:",
        [("decides", {"SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("opener,text,expected", CASES)
def test_fronted_aside_before_the_subject(opener, text, expected):
    r = snippet(opener + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
