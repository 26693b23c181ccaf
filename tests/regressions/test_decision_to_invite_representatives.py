"""A decision to invite names those invited also where they open with a lower-case noun or come after where they
are invited to (issue 12, aud54b class A). "Decides to invite representatives of the Committee on the Rights of the
Child to attend sessions of the working group" (heldout33 A/HRC/RES/56/5 op 7) and "Decides to invite to the
substantive sessions of the Ad Hoc Committee, as appropriate, representatives of interested global and regional
intergovernmental organizations, ..." (A/RES/75/282 op 7) read as the organ's own decision: windows.WINDOW_LEAD took
"to invite" as naming someone only before "the", "all", "member States", a capital or "a/an". "Representatives of X"
are X. Lower-case words are the invited only where their infinitive follows ("intergovernmental organizations to
participate"), not a thing invited ("proposals to be submitted", "contributions to the trust fund").
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (  # heldout33 A/HRC/RES/56/5 op 7 (the gold adds the bodies after "as well as", left: see the report)
        "HRC",
        "Decides to invite representatives of the Committee on the Rights of the Child to attend sessions of the working "
        "group as resource persons, as well as, where appropriate, relevant special procedures of the Human Rights "
        "Council and other relevant independent experts, and invites them to submit input to the working group;",
        [("decides", {"TreatyBodies"}), ("invites", {"TreatyBodies"})],
    ),
    (  # A/RES/75/282 op 7: where to first, "as appropriate" set off
        "GA",
        "Decides to invite to the substantive sessions of the Ad Hoc Committee, as appropriate, representatives of "
        "interested global and regional intergovernmental organizations, including representatives of United Nations "
        "bodies, specialized agencies and funds, as well as representatives of functional commissions of the Economic "
        "and Social Council, as observers;",
        [("decides", {"InternationalOrganizations", "UNSystemEntities", "ECOSOCSubsidiaryBodies"})],
    ),
    (  # aud54b's copy of A/RES/75/326 op 22
        "GA",
        "Decides to invite intergovernmental organizations to participate in the international meeting;",
        [("decides", {"InternationalOrganizations"})],
    ),
    (  # as before: a capital, "a"
        "ECOSOC",
        "Further decides to invite a representative of older persons to deliver a statement;",
        [("decides", {"CivilSociety"})],
    ),
    # not taken: a thing invited, not who acts
    ("GA", "Decides to invite proposals to be submitted by Member States;", [("decides", {"GeneralAssembly"})]),
    ("GA", "Decides to invite contributions to the trust fund from Member States;", [("decides", {"GeneralAssembly"})]),
    # not taken: another's request to invite ("Requests the Secretary-General to invite"): the Secretary-General asked
    (
        "GA",
        "Requests the Secretary-General to invite representatives of Member States to attend the meeting;",
        [("requests", {"SecretaryGeneral"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_decision_to_invite_representatives(organ, text, expected):
    r = resolution("1. " + text, date="2023-12-07", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
