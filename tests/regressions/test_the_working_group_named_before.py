"""'the Working Group' after a special procedure's Working Group was named is that special procedure.

Found in the fifth held-out gold after it was scored (A/HRC/RES/56/22, 59/14: "the Working Group
on discrimination against women and girls ... Requests the Working Group to report annually": the
Working Group was read as an expert group, in 6 mandates and 6 reports). "the Working Group" is now
a contextual alias of both ExpertGroup (its default) and SpecialProcedures, so it stands for the
one named last; intergovernmental working groups whose names open "Working Group on" (the Right to
Development, the Revitalization of the Work of the General Assembly, the Universal Periodic Review)
are expert groups by name. corpus-full: 29 mandates and 8 reports change, each read (WGEID, the
working groups on mercenaries and on people of African descent)."""

import pytest

from tests.snippets import mandates, reports, resolution

CASES = [
    (
        "Welcoming the work of the Working Group on discrimination against women and girls,",
        "1. Requests the Working Group to report annually to the Human Rights Council;",
        [("requests", ("SpecialProcedures",))],
        [("SpecialProcedures", "HumanRightsCouncil")],
    ),
    (
        "Welcoming the work of the Working Group of Experts on People of African Descent,",
        "1. Requests the Working Group to report annually to the Human Rights Council;",
        [("requests", ("SpecialProcedures",))],
        [("SpecialProcedures", "HumanRightsCouncil")],
    ),
    (  # an expert group named before: the default stays
        "Recalling the meeting of the open-ended intergovernmental expert group,",
        "1. Requests the Working Group to report annually to the Human Rights Council;",
        [("requests", ("ExpertGroup",))],
        [("ExpertGroup", "HumanRightsCouncil")],
    ),
    (  # an intergovernmental working group named "Working Group on ..." is no special procedure
        "Welcoming the work of the Working Group on the Right to Development,",
        "1. Requests the Working Group to report to the Human Rights Council;",
        [("requests", ("ExpertGroup",))],
        [("ExpertGroup", "HumanRightsCouncil")],
    ),
    (  # the Durban intergovernmental working group named before (A/RES/80/193 op 29, heldout45 26)
        "Noting the ongoing work of the Intergovernmental Working Group on the Effective Implementation of the Durban "
        "Declaration and Programme of Action,",
        "1. Requests the Working Group to present a status report to the Human Rights Council;",
        [("requests", ("DurbanIGWG",))],
        [("DurbanIGWG", "HumanRightsCouncil")],
    ),
    (  # a special procedure's working group named after it: that one
        "Noting the ongoing work of the Intergovernmental Working Group on the Effective Implementation of the Durban "
        "Declaration and Programme of Action and of the Working Group of Experts on People of African Descent,",
        "1. Requests the Working Group to report annually to the Human Rights Council;",
        [("requests", ("SpecialProcedures",))],
        [("SpecialProcedures", "HumanRightsCouncil")],
    ),
]


@pytest.mark.parametrize("preamble,operative,expected_mandates,expected_reports", CASES)
def test_the_working_group_is_the_one_named_before(preamble, operative, expected_mandates, expected_reports):
    r = resolution(operative, date="2024-07-11", organ="HRC", preamble=preamble)
    assert mandates(r, "verb", "addressees") == expected_mandates
    assert reports(r, "by", "to") == expected_reports
