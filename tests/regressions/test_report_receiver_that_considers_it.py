"""heldout46 (S/RES/2395 (2017) op 18): "directs UNOCT and CTED to draft a joint report by 30 March 2018 setting out
practical steps ..., to be considered by the CTC, as well as the General Assembly in the context of the GCTS review"
read two items to the Council that speaks: the body the report is "to be considered by" (or "for consideration by")
is its receiver, as "for consideration at the Seventh Biennial Meeting" is (report_receivers.RECEIVER_LEAD), and the
second joined by "as well as" is one too (the gold's four items, one per reporter and receiver; S/RES/2617 (2021) op
24 the same words); "executable options for consideration by the General Assembly" (A/RES/77/335 op 53) went to the
Member States named in the topic. "to be considered by" only after a comma, which sets it off as the object's: "gaps
and challenges to be considered by Member States" (E/RES/2023/31 op 22) are the challenges'. Near misses: that one,
a body named after "to be considered by" that considers no report ("submissions yet to be considered by the
Commission"), the organ that speaks named so (unchanged), and its session kept. States (reports.yaml `not_received`
`considering`: States, Member States, civil society, donors) "for consideration by" or ", to be considered by" whom
no receiver comes before weigh the topic and get no report (review of stop 65): "to submit a report containing
recommendations for consideration by Member States" goes to the organ that asks, as it did before the lead was
read; a body named there stays the receiver ("for consideration by the Commission on the Status of Women")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "18. Stresses that the heads of CTED and UNOCT should meet regularly, and directs UNOCT and CTED to draft a "
        "joint report by 30 March 2018 setting out practical steps to be taken by both bodies to ensure the "
        "incorporation of CTED recommendations and analysis into UNOCT's work, to be considered by the CTC, as well as "
        "the General Assembly in the context of the GCTS review;",
        "SC",
        [
            (18, "UNOCT", "SanctionsCommittee", "2018-03-30", None),
            (18, "UNOCT", "GeneralAssembly", "2018-03-30", None),
            (18, "CTED", "SanctionsCommittee", "2018-03-30", None),
            (18, "CTED", "GeneralAssembly", "2018-03-30", None),
        ],
    ),
    (
        "5. Requests the Secretary-General to submit a report containing recommendations, to be considered by the "
        "Security Council;",
        "GA",
        [(5, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (  # A/RES/77/335 op 53 (read MemberStates, named in the topic)
        "53. Requests the Secretary-General, during the seventy-eighth session of the General Assembly, to assess and "
        "report on executable options for consideration by the General Assembly on making available to all Member "
        "States the bulk registration of participants;",
        "GA",
        [(53, "SecretaryGeneral", "GeneralAssembly", None, 78)],
    ),
    # near misses
    (
        "5. Requests the Secretary-General to submit a report on the updated position of closed peacekeeping "
        "missions, to be considered by the General Assembly at its eightieth session;",
        "GA",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, 80)],
    ),
    (  # E/RES/2023/31 op 22: what "to be considered by" (no comma) follows is the topic's, not the report
        "22. Requests the Secretary-General to provide status reporting on the implementation of all provisions, "
        "which could be done through briefing notes, to inform on possible gaps and challenges to be considered by "
        "Member States;",
        "GA",
        [(22, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "5. Also notes the considerable number of submissions yet to be considered by the Commission and the demands "
        "that this places on its members, and requests the Secretary-General to report to the General Assembly;",
        "GA",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    # States that consider the topic: no receivers, the organ that asks is
    (
        "5. Requests the Secretary-General to submit a report containing recommendations for consideration by Member "
        "States;",
        "GA",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "86. Requests the Secretary-General to assess the need for monitoring and evaluation capacity and to report on "
        "his assessment for consideration by Member States;",
        "GA",
        [(86, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (
        "5. Requests the Secretary-General to submit a report, to be considered by States at the review conference;",
        "GA",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
    (  # a body that considers it: still the receiver
        "5. Requests the Secretary-General to submit a report, for consideration by the Commission on the Status of "
        "Women;",
        "GA",
        [(5, "SecretaryGeneral", "CSW", None, None)],
    ),
    (  # an explicit receiver first: unchanged
        "5. Requests the Secretary-General to submit a report with his recommendations to the General Assembly at its "
        "seventy-eighth session for consideration by the Member States;",
        "GA",
        [(5, "SecretaryGeneral", "GeneralAssembly", None, 78)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_receiver_that_considers_it(text, organ, expected):
    r = resolution(text, date="2017-12-21", organ=organ)
    assert reports(r, "op", "by", "to", "due", "session") == expected
