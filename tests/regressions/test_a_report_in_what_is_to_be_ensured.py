"""Audit of 40 report cycles (fix57f, seed 5757) and its class scan: "to ensure that all resident coordinators and
United Nations country teams present the results reports annually to their respective programme countries" (A/RES/76/4
op 15) was read as the country teams' report every P1Y, and "to ensure that all country reports to the Security Council
provide information" (S/RES/1889 (2009) op 5) as a report: the golds read neither (heldout29 24, heldout12 12): the one
asked is to ensure a state of things, the reports in it are others', or asked elsewhere (report_ensured). A task of
his own after the ensured clause ("and report the findings", "and to report") is still a report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Requests the Secretary-General to ensure that all country reports to the Security Council provide "
        "information on the impact of situations of armed conflict on women and girls;",
        "SC",
        [],
    ),
    (
        "15. Requests the Secretary-General, in line with the provisions of resolutions 72/279 and 75/233, to ensure "
        "that all resident coordinators and United Nations country teams present the results reports annually to their "
        "respective programme countries in a consistent and timely manner;",
        "The General Assembly",
        [],
    ),
    # near misses: the asked one's own report after the ensured clause, or reporting ensured with no "that"
    (
        "13. Requests the Secretary-General to conduct a comprehensive review of the mandate of UNIOGBIS, to ensure "
        "that it is aligned with the priorities identified by the Government and report the findings of such review "
        "by 30 October 2014;",
        "SC",
        [("SecretaryGeneral", "2014-10-30", None)],
    ),
    (
        "13. Requests the Secretary-General to ensure that the mission is fully deployed and to report to the Council "
        "every three months;",
        "SC",
        [("SecretaryGeneral", None, "P3M")],
    ),
    (
        "5. Requests the Special Committee to Investigate Israeli Practices Affecting the Human Rights of the Palestinian "
        "People and Other Arabs of the Occupied Territories to continue to investigate Israeli policies and practices, and to consult, "
        "as appropriate, with the International Committee of the Red Cross in order to ensure that the welfare and "
        "human rights of the peoples of the occupied territories are safeguarded, as well as to submit to the "
        "Secretary-General annual reports on the current situation;",
        "The General Assembly",
        [("SpecialCommitteeIsraeliPractices", None, "P1Y")],
    ),
    (
        "13. Requests the Secretary-General to ensure reporting to the Council every three months;",
        "SC",
        [("SecretaryGeneral", None, "P3M")],
    ),
    # review (rv4-57f) 1: an ensured report delivered to a named receiver, at a session, by the asked one or by a
    # pronoun for him is still a report (only contents and third parties' undelivered reports are none)
    (
        "1. Calls upon Member States to ensure that they submit their national reports to the Secretary-General "
        "annually;",
        "The General Assembly",
        [("MemberStates", None, "P1Y")],
    ),
    (
        "1. Requests the Secretary-General to ensure that the Secretary-General reports annually to the General "
        "Assembly on the implementation of the present resolution;",
        "The General Assembly",
        [("SecretaryGeneral", None, "P1Y")],
    ),
    (
        "1. Requests the Secretary-General to ensure that a report on the implementation of the present resolution is "
        "submitted to the General Assembly at its seventy-fifth session;",
        "The General Assembly",
        [("SecretaryGeneral", None, None)],
    ),
    (
        "1. Requests the Secretary-General to ensure that the Council receives a report every 90 days on the progress "
        "of the mission;",
        "SC",
        [("SecretaryGeneral", None, "P90D")],
    ),
    # what the asked one's own report is to hold stays none (shape a)
    (
        "1. Requests the Special Rapporteur to ensure that his or her report to the Human Rights Council at its "
        "forty-third session addresses the issue;",
        "HRC",
        [],
    ),
    # review (rv4-57f) 2: the asked one's own next task after "then", "thereafter", "in this regard" is asked; a third
    # party's "then present their reports" is not his task (near miss)
    (
        "1. Requests the Secretary-General to ensure that the country teams receive all the assistance necessary, "
        "then to report thereon annually;",
        "The General Assembly",
        [("SecretaryGeneral", None, "P1Y")],
    ),
    (
        "1. Requests the Secretary-General to ensure that the country teams receive all the assistance necessary, "
        "and thereafter to report annually;",
        "The General Assembly",
        [("SecretaryGeneral", None, "P1Y")],
    ),
    (
        "1. Requests the Secretary-General to ensure that the country teams receive all the assistance necessary, "
        "and in this regard to report annually;",
        "The General Assembly",
        [("SecretaryGeneral", None, "P1Y")],
    ),
    (
        "1. Requests the Secretary-General to ensure that the country teams then present their reports annually to "
        "their respective programme countries;",
        "The General Assembly",
        [],
    ),
]


@pytest.mark.parametrize("text,organ,want", CASES)
def test_a_report_in_what_is_to_be_ensured(text, organ, want):
    r = resolution(text, date="2014-05-29", organ=organ)
    assert reports(r, "by", "due", "every") == want
