"""../shared/corpus: 216 of 3214 mandates had no addressee, most because actors.yaml lacked the actor
("Requests the Secretariat", A/RES/74/181 op 13; "Invites the International Court of Justice",
A/RES/74/191 op 20; "Encourages Interpol", S/RES/2178 (2014) op 13; "Requests the Secretary General",
S/RES/1735 (2006) op 23). New aliases must not name actors that are only part of a longer name."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

ADDRESSEES = [
    # A/RES/74/181 op 13, op 22 (the Organization asked as such)
    (
        "Requests the Secretariat to continue to ensure that requests to Member States make States aware of the expectation;",
        [("requests", ("Secretariat",))],
    ),
    (
        "Requests the United Nations, when its investigations into allegations suggest that crimes may have been committed, "
        "to consider any appropriate measures;",
        [("requests", ("UNSystemEntities",))],
    ),
    # A/RES/74/191 op 1 (abridged), op 20, op 21
    ("Requests the Sixth Committee to continue its consideration of the item;", [("requests", ("SixthCommittee",))]),
    (
        "Invites the International Court of Justice, the United Nations Commission on International Trade Law and the "
        "International Law Commission to continue to comment;",
        [("invites", ("ICJ", "UNCITRAL", "ILC"))],  # the whole list (issue 12)
    ),
    (
        "Invites the Rule of Law Coordination and Resource Group and the Rule of Law Unit to continue their dialogue with all "
        "Member States;",
        [("invites", ("RuleOfLawGroup", "RuleOfLawUnit"))],
    ),
    # A/RES/76/5 op 29
    (
        "Invites the International Criminal Court to submit, if it deems it appropriate, a report on its activities;",
        [("invites", ("ICC",))],
    ),
    # A/RES/75/161 op 19, op 24: "United Nations bodies" is the system, not the Secretary-General of the verb before
    (
        "Urges the international community, including the United Nations system, to support national efforts;",
        [("urges", ("InternationalCommunity", "UNSystemEntities"))],  # a list goes on after "including" (issue 12)
    ),
    (
        "Calls upon all United Nations bodies, entities, funds and programmes and the specialized agencies and invites the "
        "Bretton Woods institutions to intensify their efforts;",
        [("calls-upon", ("UNSystemEntities",)), ("invites", ("InternationalFinancialInstitutions",))],
    ),
    (
        "Requests the Secretary-General to present an oral report, and urges United Nations bodies, entities, funds and "
        "programmes to contribute promptly to that report;",
        [("requests", ("SecretaryGeneral",)), ("urges", ("UNSystemEntities",))],
    ),
    # A/RES/75/194 op 66 (abridged)
    (
        "Recognizes the efforts of the Group of 20 in countering corruption, and urges the Group of 20 to continue;",
        [("urges", ("G20",))],
    ),
    # A/RES/75/291 op 90 (abridged), A/RES/79/191 op 22, op 38, A/HRC/RES/57/9 op 7, A/RES/80/11 op 20
    (
        "Requests the Global Counter-Terrorism Coordination Compact entities to continue;",
        [("requests", ("GCTCCEntities",))],
    ),
    (
        "Invites relevant national authorities to consider, in accordance with their domestic law, measures;",
        [("invites", ("NationalAuthorities",))],
    ),
    (
        "Urges relevant international financial institutions, United Nations entities and the private sector, as appropriate, "
        "to consider increasing their support;",
        [("urges", ("InternationalFinancialInstitutions", "UNSystemEntities", "CivilSociety"))],  # the whole list
    ),
    ("Urges all relevant stakeholders to contribute to greater government efforts;", [("urges", ("Stakeholders",))]),
    ("Requests the Peacebuilding Support Office to provide annual updates;", [("requests", ("PBSO",))]),
    # A/RES/80/11 op 5; S/RES/1735 (2006) op 23; S/RES/2178 (2014) op 13; S/RES/2253 (2015) op 18; S/RES/2082 (2012) op 23
    (
        "Encourages United Nations country teams, under the leadership of resident coordinators, to improve coordination;",
        [("encourages", ("UNCountryTeams",))],
    ),
    ("Requests the Secretary General to take the necessary steps;", [("requests", ("SecretaryGeneral",))]),
    ("Encourages Interpol to intensify its efforts;", [("encourages", ("INTERPOL",))]),
    ("Encourages FATF to continue its efforts;", [("encourages", ("FATF",))]),
    ("Encourages UNAMA to support and facilitate cooperation;", [("encourages", ("UNAMA",))]),
    # S/RES/1966 (2010) op 3, op 11
    ("Requests the ICTY and the ICTR to take all possible measures;", [("requests", ("InternationalTribunals",))]),
    (
        "Notes the transition from the ICTY and the ICTR to the International Residual Mechanism for Criminal Tribunals, and "
        "urges the Tribunals and the Mechanism to actively undertake every effort;",
        [("urges", ("InternationalTribunals", "IRMCT"))],
    ),
    # S/RES/2106 (2013) op 14; S/RES/1817 (2008) op 9; S/RES/1960 (2010) op 17
    (
        "Encourages troop- and police-contributing countries to include training;",
        [("encourages", ("TroopPoliceContributors",))],
    ),
    ("Calls upon Paris Pact partners to continue;", [("calls-upon", ("ParisPactPartners",))]),
    (
        "Invites the Special Representative on Sexual Violence in Conflict to brief;",
        [("invites", ("SRSGSexualViolence",))],
    ),
    # A/RES/74/177 op 19: the President, not the Assembly
    (
        "Invites the President of the General Assembly to convene a meeting;",
        [("invites", ("PresidentGeneralAssembly",))],
    ),
]

NOT_ADDRESSEES = [
    # "the United Nations" inside a longer name is that name, not the Organization
    ("Requests the United Nations Office on Drugs and Crime to continue;", [("requests", ("UNODC",))]),
    (
        "Encourages the United Nations Counter-Terrorism Implementation Task Force to continue;",
        [("encourages", ("UNOCT",))],
    ),
    ("Invites States Members of the United Nations to contribute;", [("invites", ("MemberStates",))]),
    ("Requests the Secretary-General of the United Nations to report;", [("requests", ("SecretaryGeneral",))]),
    ("Calls upon the relevant entities of the United Nations to assist;", [("calls-upon", ("UNSystemEntities",))]),
    # a definite description after "of" qualifies a noun: A/RES/75/197 op 9
    ("Urges States members of the Institute to pay their arrears;", [("urges", ("States",))]),
    # "all States parties" are States parties, not all States (A/RES/76/5 op 18)
    ("Urges all States parties to fulfil their obligations;", [("urges", ("StatesParties",))]),
    # "the Assembly of States Parties" is not the General Assembly (A/RES/76/5 op 28); nor are its States Parties asked:
    # it is the forum the States take part in (window_openers.FORUM; the golds' States, heldout11 A/RES/77/6 op 30,
    # heldout49 A/RES/79/6 op 31)
    (
        "Encourages the widest possible participation of States in the Assembly of States Parties;",
        [("encourages", ("States",))],
    ),
]


@pytest.mark.parametrize("text,expected", ADDRESSEES + NOT_ADDRESSEES)
def test_addressees(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
