""" "The Working Group" stands for the Council's Working Group on Children and Armed Conflict only while no other
working group was named after it: "Welcomes the work of the Open-ended Working Group on Ageing, and invites the Working
Group to continue its work" (after a paragraph naming the CAAC group, common in the GA and HRC children texts) is that
intergovernmental group (ExpertGroup), and "Requests its Working Group on Peacekeeping Operations ..., and invites the
Working Group to report" the Peacekeeping Operations group, where the CAAC alias took them all (review of stop 47,
finding 1). The texts the alias was for (S/RES/2225 op 8, 2427 op 6, 2601 op 20) keep the CAAC group.
"""

import pytest

from tests.snippets import mandates, resolution

CAAC = "1. Welcomes the work of its Working Group on Children and Armed Conflict;\n\n"

CASES = [
    (
        "SC",
        CAAC + "2. Requests its Working Group on Peacekeeping Operations to consider the matter, and invites the "
        "Working Group to report to the Council;",
        [("requests", {"SCWorkingGroupPKO"}), ("invites", {"SCWorkingGroupPKO"})],
    ),
    (
        "GA",
        "1. Welcomes the work of the Special Representative and of the Security Council Working Group on Children and "
        "Armed Conflict;\n\n2. Welcomes the work of the Open-ended Working Group on Ageing, and invites the Working Group "
        "to continue its work;",
        [("invites", {"ExpertGroup"})],
    ),
    (
        "SC",
        CAAC + "2. Decides to establish an Informal Working Group on Documentation and Other Procedural Questions, and "
        "requests the Working Group to report to the Council;",
        [("decides", {"SecurityCouncil"}), ("requests", {"ExpertGroup"})],
    ),
    (
        "SC",
        CAAC + "2. Takes note of the work of the Working Group established pursuant to resolution 1566 (2004), and "
        "requests the Working Group to submit recommendations;",
        [("requests", {"ExpertGroup"})],
    ),
    (
        "SC",
        CAAC + "2. Welcomes the report of the Ad Hoc Working Group on Conflict Prevention and Resolution in Africa;\n\n"
        "3. Invites the Working Group to continue its work;",
        [("invites", {"ExpertGroup"})],
    ),
    (
        "SC",
        CAAC + "2. Welcomes the Kimberley Process Working Group on Monitoring, and invites the Working Group to share "
        "information;",
        [("invites", {"KimberleyProcess"})],
    ),
    # the CAAC group named last: still that one
    (
        "SC",
        "1. Welcomes the Ad Hoc Working Group on Conflict Prevention and Resolution in Africa;\n\n2. Stresses the "
        "importance of regular and timely consideration of violations, in this regard welcomes the sustained activity of "
        "its Working Group on Children and Armed Conflict and invites the Working Group to make full use of tools within "
        "its mandate;",
        [("invites", {"SCWorkingGroupCAAC"})],
    ),
    (
        "SC",
        CAAC + "2. Requests enhanced communication between the Working Group and relevant Security Council Sanctions "
        "Committees;",
        [("requests", {"SCWorkingGroupCAAC", "SanctionsCommittee", "SecurityCouncil"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_another_working_group_named_after_children(organ, text, expected):
    r = resolution(text, date="2020-01-01", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
