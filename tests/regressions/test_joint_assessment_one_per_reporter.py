"""A list of bodies asked to give "a joint report" or "a joint technical assessment", or asked "in consultation with"
others, gives one report item per body asked, as the golds read it (tests/mandate_gold/README.md "What counts": one
item per reporter): "Requests the FGS and the African Union, in consultation with the United Nations, the European
Union and international partners, to conduct a joint technical assessment by 31 March 2024" (heldout35 S/RES/2710
(2023) op 11, as heldout33 S/RES/2687 (2023) op 40) gave the Government's item alone, "Requests the Secretary-General
and the Chairperson of the African Commission, in consultation with UNAMID, to provide a written assessment by 1
January 2018" (heldout35 S/RES/2363 (2017) op 6, as heldout29 S/RES/2429 (2018) op 7) the Secretary-General's alone:
"joint" and "in consultation with" made report_each read one report of them all. Those consulted are no reporters;
"jointly" and "together with" one leading author still make one report, the first named's."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # heldout35 S/RES/2710 (2023) op 11
        "11. Requests the FGS and the African Union, in consultation with the United Nations, the European Union and "
        "international partners, to conduct a joint technical assessment by 31 March 2024 to evaluate Phase 2 drawdown "
        "and identify lessons, as well as the implications of the revised National Security Architecture and force "
        "generation, to inform planning for the remaining phases of ATMIS drawdown;",
        [("state:SOM", "SecurityCouncil", "2024-03-31"), ("AfricanUnion", "SecurityCouncil", "2024-03-31")],
    ),
    (  # S/RES/2431 (2018) op 11
        "11. Requests the AU and the UN to conduct, in collaboration with partners, a joint Operational Readiness "
        "Assessment of AMISOM, to be completed by 15 September 2018, in order to identify capacities and requirements "
        "within the authorised troop ceiling set out in paragraph 5;",
        [("AfricanUnion", "SecurityCouncil", "2018-09-15"), ("UNSystemEntities", "SecurityCouncil", "2018-09-15")],
    ),
    (  # heldout35 S/RES/2363 (2017) op 6's shape, the Commission named in full
        "6. Requests the Secretary-General and the Chairperson of the African Union Commission, in consultation with "
        "UNAMID, to provide a written assessment by 1 January 2018 on the following: (i) progress made;",
        [("SecretaryGeneral", "SecurityCouncil", "2018-01-01"), ("AfricanUnion", "SecurityCouncil", "2018-01-01")],
    ),
    # one report of them all: the first named's
    (
        "1. Requests the Secretary-General and the Chairperson of the African Union Commission to jointly report to "
        "the Council by 1 May 2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    # one asked, another consulted: one report
    (
        "1. Requests the Secretary-General, in consultation with the Chairperson of the African Union Commission, to "
        "submit a joint report to the Council by 1 May 2021;",
        [("SecretaryGeneral", "SecurityCouncil", "2021-05-01")],
    ),
    # "together with" no name, "consolidated" no report's: each reporter's own (review53 D5)
    (
        "1. Requests the Secretary-General and the High Commissioner for Human Rights to submit a report by 31 March "
        "2018 on progress, together with recommendations;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2018-03-31"),
            ("HighCommissionerHumanRights", "SecurityCouncil", "2018-03-31"),
        ],
    ),
    (
        "1. Requests the Secretary-General and the High Commissioner for Human Rights to report by 31 March 2018 on the "
        "consolidated budget;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2018-03-31"),
            ("HighCommissionerHumanRights", "SecurityCouncil", "2018-03-31"),
        ],
    ),
    # an update to a plan is the plan revised, no report (README "What counts": "submit ... a plan"; heldout22 14 op 6:
    # a Concept of Operations is a plan): S/RES/2568 (2021) op 8 (review53 D4)
    (
        "8. Requests the African Union and FGS to conduct a joint update to AMISOM's Concept of Operations (CONOPS), "
        "to be presented to the Security Council no later than the end of August 2021;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_assessment_one_per_reporter(text, expected):
    r = resolution(text, date="2017-06-29", preamble="Recalling its resolutions on Somalia and Sudan,")
    assert reports(r, "by", "to", "due") == expected
