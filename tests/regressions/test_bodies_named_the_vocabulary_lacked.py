"""Bodies asked by name that the vocabulary lacked, so that the mandate named no one (stop 57: the mandates whose
addressee is "named but not found", scripts/mandate_stats.py): "Calls upon the United Nations Office to the African
Union to continue its efforts" (S/RES/2033 (2012) op 11: UNOAU), "Requests the members of the Intersecretariat Working
Group on National Accounts to continue to be involved" (E/RES/2025/12 op 6: ISWGNA, heldout29 20's new id), "urges the
National Leadership Forum to adopt a roadmap" (S/RES/2297 (2016) op 34, heldout22 15's new id), "Requests the BoP
provide a written report" (S/RES/2803 (2025) op 10, the Board of Peace), "Demands that the Front de Libération du
Congo disengage" (S/RES/1355 (2001) op 2), the Military Staff Committee (heldout39 17's new id); and wordings of known
actors: "the Parties thereto" (StatesParties, as the lower-case alias), "the relevant United Nations entity"
(UNSystemEntities), "the Inter-Agency Working Group on Artificial Intelligence" (UNInterAgencyMechanisms), "troop- and
police-contributing country meetings" (TroopPoliceContributors). Not taken: the Office as a channel ("advice ...
through the United Nations Office to the African Union": the Secretary-General's), another "Front de Libération"
(the Mali texts' FLM), a body only welcomed (no verb)."""

import pytest

from tests.snippets import mandates, reports, snippet

CASES = [
    (
        "SC",
        "Calls upon the United Nations Office to the African Union to continue its efforts to contribute to"
        " strengthening cooperation between the United Nations Secretariat and the Commission of the African Union;",
        [("calls-upon", ("UNOAU",))],
    ),
    (
        "SC",
        "Calls upon relevant United Nations entities, including UNOCA, UNOWAS, and the United Nations Office to the"
        " African Union (UNOAU) to redouble their support for Governments in the region;",
        [("calls-upon", ("UNSystemEntities", "UNOCA", "UNOWAS", "UNOAU"))],
    ),
    (
        "ECOSOC",
        "Requests the Secretary-General and the members of the Intersecretariat Working Group on National Accounts to"
        " proceed with the publication of the System of National Accounts 2025;",
        [("requests", ("SecretaryGeneral", "ISWGNA"))],
    ),
    (
        "ECOSOC",
        "Requests the members of the Intersecretariat Working Group on National Accounts to continue to be involved in"
        " coordinating the implementation of the System of National Accounts 2025;",
        [("requests", ("ISWGNA",))],
    ),
    (
        "SC",
        "Underlines that the electoral process is a critical step and in this regard urges the National Leadership"
        " Forum to adopt a roadmap to the 2020 elections;",
        [("urges", ("NationalLeadershipForum",))],
    ),
    (
        "SC",
        "Authorizes Member States participating in the BoP and the BoP to enter into such arrangements as may be"
        " necessary to achieve the objectives of the Comprehensive Plan;",
        [("authorizes", ("MemberStates", "BoardOfPeace"))],
    ),
    (
        "SC",
        "Demands that the Front de Libération du Congo disengage and redeploy its forces in accordance with the Harare"
        " sub-plans;",
        [("demands", ("FLC",))],
    ),
    (
        "SC",
        "Requests the United Nations Military Staff Committee to discuss these issues as part of its regular programme;",
        [("requests", ("MilitaryStaffCommittee",))],
    ),
    (
        "SC",
        "Requests United Nations troop- and police-contributing country meetings to address sexual exploitation and"
        " abuse whenever relevant;",
        [("requests", ("TroopPoliceContributors",))],
    ),
    (
        "GA",
        "Reaffirms that the Geneva Convention continues to apply, and calls upon the Parties thereto to respect and"
        " ensure respect for their obligations under those instruments in all circumstances;",
        [("calls-upon", ("StatesParties",))],
    ),
    (
        "GA",
        "Requests the relevant United Nations entity to conduct an independent evaluation of the work of the Centre;",
        [("requests", ("UNSystemEntities",))],
    ),
    (
        "GA",
        "Calls upon the Inter-Agency Working Group on Artificial Intelligence, in consultation with the action line"
        " facilitators, to map existing United Nations system-wide capacity-building initiatives;",
        [("calls-upon", ("UNInterAgencyMechanisms",))],
    ),
    # (not taken: the Office as a channel of the Secretary-General's advice; the Mali texts' "Front de Libération du
    # Macina"; a body only welcomed)
    (
        "SC",
        "Requests the Secretary-General to continue to provide technical and expert advice to the African Union in the"
        " planning and deployment of AMISOM, through the United Nations Office to the African Union;",
        [("requests", ("SecretaryGeneral",))],
    ),
    (
        "SC",
        "Demands that the Front de Libération du Macina (FLM) cease all attacks;",
        [("demands", ())],
    ),
    (
        "SC",
        "Welcomes the establishment of the Board of Peace (BoP) as a transitional administration;",
        [],
    ),
]

OPENERS = {
    "SC": "The Security Council,\n\nRecalling its resolutions,\n\n1. ",
    "GA": "The General Assembly,\n\nRecalling its resolutions,\n\n1. ",
    "ECOSOC": "The Economic and Social Council,\n\nRecalling its resolutions,\n\n1. ",
}


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_bodies_named_the_vocabulary_lacked(organ, text, expected):
    r = snippet(OPENERS[organ] + text + "\n")
    assert mandates(r, "verb", "addressees") == expected


def test_a_report_asked_of_the_board_of_peace():
    """The Board of Peace asked for a report: "Requests the BoP provide a written report on progress ... every six
    months" (S/RES/2803 (2025) op 10): the Board reports, written, to the Council, every six months."""
    r = snippet(
        OPENERS["SC"] + "Requests the BoP provide a written report on progress related to the above to the UN Security"
        " Council every six months;\n"
    )
    assert mandates(r, "verb", "addressees") == [("requests", ("BoardOfPeace",))]
    assert reports(r, "by", "to", "every", "form") == [("BoardOfPeace", "SecurityCouncil", "P6M", "written")]
