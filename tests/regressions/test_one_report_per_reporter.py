"""One verb that asks a list of bodies to report gives one report item per reporter (issue 12: "the
Secretary-General and a panel are two"; goldfix of stop 28: first gold S/RES/2469 (2019) op 8 and A/HRC/RES/57/11
op 37, heldout3 S/RES/2462 (2019) op 37; heldout4 S/RES/1441 (2002) op 11; heldout8/heldout11 E/RES/2024/8 op 63,
2023/16 op 61), each with the receiver, time, form and session of the report: the first named alone reported.
Not split where the text makes it one report ("jointly", "together with" one leading author: the first named's; "a
joint report" asked of a list is one each: test_joint_assessment_one_per_reporter.py), nor where one asked reports
"in consultation with" another, nor where the bodies listed receive the report or work with the reporter,
nor for a report of one owner ("its studies and reports", of the body the assistance is for) or of others
("survivors who report abuse"); States of the list report only to a receiver or at a time the text names."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2469 (2019) op 8 (first gold 25): an update by a date
        "SC",
        "1. Expresses disappointment, and invites the AUHIP and the Special Envoy of the Secretary-General to update "
        "it by 15 October 2020 on the steps taken;",
        [("AUHIP", "SecurityCouncil", "2020-10-15"), ("SpecialEnvoys", "SecurityCouncil", "2020-10-15")],
    ),
    (  # A/HRC/RES/57/11 op 37 (first gold 38): four bodies, one named in the name of another
        "HRC",
        "1. Invites all treaty bodies, the special procedures of the Human Rights Council, international and regional "
        "human rights mechanisms and the United Nations High Commissioner for Human Rights, within their respective "
        "mandates, to pay due attention to the negative impact of terrorism, and to report regularly to the Human "
        "Rights Council;",
        [
            ("TreatyBodies", "HumanRightsCouncil", None),
            ("SpecialProcedures", "HumanRightsCouncil", None),
            ("HumanRightsMechanisms", "HumanRightsCouncil", None),
            ("HighCommissionerHumanRights", "HumanRightsCouncil", None),
        ],
    ),
    (  # S/RES/2462 (2019) op 37 (heldout3 14): a report (a noun) asked of two
        "SC",
        "1. Requests CTED and the Analytical Support and Sanctions Monitoring Team to prepare, ahead of the joint "
        "special meeting, a report on actions taken by Member States to disrupt terrorist financing;",
        [("CTED", "SecurityCouncil", None), ("MonitoringTeam1526", "SecurityCouncil", None)],
    ),
    (  # S/RES/1441 (2002) op 11 (heldout4 04): "Directs", no mandate, two reports
        "SC",
        "1. Directs the Executive Chairman of UNMOVIC and the Director-General of the IAEA to report immediately to "
        "the Council any interference by Iraq with inspection activities;",
        [("UNMOVIC", "SecurityCouncil", None), ("IAEA", "SecurityCouncil", None)],
    ),
    (  # E/RES/2024/8 op 63 (heldout8 22): "and report", no receiver named
        "ECOSOC",
        "1. Calls upon the United Nations and all relevant humanitarian organizations to scale up mental health and "
        "psychosocial support capacity accordingly, and report on mental health and psychosocial support programmes;",
        [("UNSystemEntities", "ECOSOC", None), ("HumanitarianActors", "ECOSOC", None)],
    ),
    (  # S/RES/1298 (2000) op 12: an aside in the list; States report to the Committee named
        "SC",
        "1. Requests all States, relevant United Nations bodies and, as appropriate, other organizations and "
        "interested parties to report information on possible violations of the measures to the Committee "
        "established by paragraph 8 of resolution 1298 (2000);",
        [
            ("States", "SanctionsCommittee", None),
            ("UNSystemEntities", "SanctionsCommittee", None),
            ("InternationalOrganizations", "SanctionsCommittee", None),
            ("Stakeholders", "SanctionsCommittee", None),
        ],
    ),
    (  # S/RES/1893 (2009) op 8: a Government among the reporters
        "SC",
        "1. Requests the Secretary-General and the French Government to report to it immediately any serious "
        "obstacle to the freedom of movement of UNOCI;",
        [("SecretaryGeneral", "SecurityCouncil", None), ("state:FRA", "SecurityCouncil", None)],
    ),
    (  # A/RES/79/93 op 38: two departments, the receiver's session
        "GA",
        "1. Encourages the Department of Global Communications and the Department for General Assembly and "
        "Conference Management of the Secretariat to develop new collaborative arrangements, and to report thereon "
        "to the Committee on Information;",
        [("DGC", "CommitteeOnInformation", None), ("DGACM", "CommitteeOnInformation", None)],
    ),
    (  # S/RES/2525 (2020) op 11: "a Special Report", no word making it joint: two
        "SC",
        "1. Requests the Secretary-General and the Chairperson of the African Union Commission to provide the "
        "Security Council with a Special Report no later than 31 October 2020;",
        [("SecretaryGeneral", "SecurityCouncil", "2020-10-31"), ("AfricanUnion", "SecurityCouncil", "2020-10-31")],
    ),
    # one report of them all: the first named's
    (
        "SC",
        "1. Requests the Secretary-General and the Chairperson of the African Union Commission to jointly report to "
        "the Council by 1 May 2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    (
        "SC",
        "1. Requests the Secretary-General, together with the Chairperson of the African Union Commission, to report "
        "to the Council by 1 May 2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    (
        "SC",
        "1. Requests the Secretary-General, in consultation with the African Union, to report to the Council by 1 May "
        "2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    # receivers and partners report nothing ("the Committee" of a Council text is its sanctions committee even when
    # never named in full, organs.yaml `committee`: a report to it and the same to the Council are two items)
    (
        "SC",
        "1. Requests the Secretary-General to report to the Council and the Committee by 1 May 2021;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2021-05-01"),
            ("SecretaryGeneral", "SanctionsCommittee", "2021-05-01"),
        ],
    ),
    (
        "SC",
        "1. Requests the Secretary-General to work closely with the African Union and the Panel of Experts and to "
        "report to the Council by 1 May 2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    (  # A/RES/76/274 op 77: Member States' update in the Secretary-General's report, to no receiver of theirs (nor
        # the Secretary-General's: an update given in the next overview report, test_report_placed_in_a_later_report)
        "GA",
        "1. Requests the Secretary-General and Member States, as appropriate, to continue to strengthen and build "
        "capacities with regard to the 10-1-2 casualty response, including training, and to update on the progress "
        "made in this regard as well as on progress in the implementation of the measures set out in the action plan "
        "to improve the security of peacekeepers, in the context of the next overview report;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_one_report_per_reporter(organ, text, expected):
    r = resolution(text, date="2020-06-03", organ=organ)
    assert reports(r, "by", "to", "due") == expected
