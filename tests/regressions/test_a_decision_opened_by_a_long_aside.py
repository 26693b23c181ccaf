"""A decision's "that" clause opened by an aside before its subject, read as the Council's (heldout39 S/RES/2397 (2017)
ops 6, 15): "further decides that for sales of and transactions involving all commodities and products from the DPRK
whose transfer, supply, or sale by the DPRK are prohibited by this paragraph and for which written contracts have been
finalized prior to the adoption of this resolution, all States may only allow those shipments" (the DPRK named in the
aside's first stretch made that_opening._after_aside give up, as for a subject inside it: "in the first phase of its
transition UNTMIS will complete the transfer, to the FGS"; now only a name followed by its modal verb is such a subject,
that_opening._subject_in), and "Decides that, if a Member State has information regarding ... [a condition of 466
characters] ..., then the Member State shall notify the Committee" (the aside's commas are read over 400 characters
only; a condition's first ", then" is now looked for over 1,200, that_opening.IF_THEN, where no subject follows one of the
aside's commas: "if requested by the Committee, the Secretary-General shall provide a report ..., then the Committee
shall decide" is the Secretary-General's)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "
LONG = ", the various measures imposed by paragraph 12 of resolution 2321 (2016)" * 6

CASES = [
    (
        "Decides that for sales of and transactions involving all commodities and products from the DPRK whose "
        "transfer, supply, or sale by the DPRK are prohibited by this paragraph and for which written contracts have "
        "been finalized prior to the adoption of this resolution, all States may only allow those shipments to be "
        "imported into their territories up to 30 days from the date of adoption of this resolution;",
        [("decides", {"States"})],
    ),
    (
        "Decides that, if a Member State has information regarding the number, name, and registry of vessels "
        "designated by the Committee as subject to the asset freeze imposed by paragraph 8 (d) of resolution 1718 (2006)"
        + LONG
        + ", or relevant measures in this resolution, then the Member State shall notify the Committee of this "
        "information;",
        [("decides", {"MemberStates"})],
    ),
    # near misses: the subject inside the aside's first stretch, its modal after it; a condition whose "then" opens
    # no name (the Council's)
    (
        "Decides that in the first phase of its transition UNTMIS will complete the transfer, to the FGS, the UNCT and "
        "other stakeholders, of its tasks;",
        [("decides", {"UNTMIS"})],
    ),
    (
        "Decides that, if a Member State has information regarding vessels designated by the Committee"
        + LONG
        + ", then "
        "this information shall be notified to the Committee;",
        [("decides", {"SecurityCouncil"})],
    ),
    # near miss: a subject after the condition's first comma, a "then" of a clause of its own after it (the
    # condition's "then" is read only where no subject follows one of the aside's commas)
    (
        "Decides that, if requested by the Committee, the Secretary-General shall provide a report within 30 days, "
        "then the Committee shall decide on further measures;",
        [("decides", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_decision_opened_by_a_long_aside(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
