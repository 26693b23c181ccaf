"""Names of addressees the vocabulary lacked, read at heldout45's misses (stop 63): the regional integration
organizations and regional formations (InternationalOrganizations), donor mechanisms (Donors), United Nations offices
(UNSystemEntities), development cooperation agencies (DevelopmentPartners), adjacent countries (RegionalPartners), the
disability Convention's article 33 mechanisms (NationalMechanismsReportingFollowUp), eminent personalities (the id
heldout24's gold made, EminentPersonalities) and "the Working Group" after the Durban intergovernmental working group
was named (DurbanIGWG). Near misses: "the Working Group" after a special procedure named last stays the special
procedure, with none named it stays ExpertGroup; offices named inside another's clause, or offices a gerund's "by
including" / "by adding" includes in a body (window_openers.helped), are not asked; a panel or group of eminent
personalities is no eminent personalities."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 1643 (2005),\n\n1. "
GA = "The General Assembly,\n\nRecalling its resolution 77/205,\n\n1. "
HRC = "The Human Rights Council,\n\nRecalling its resolution 52/16,\n\n1. "

CASES = [
    (  # heldout45 A/HRC/RES/55/8 op 1
        HRC,
        "Welcomes the fact that 186 States have ratified the Convention, and calls upon those States and regional "
        "integration organizations that have not yet ratified or acceded to the Convention to consider doing so;",
        [{"States", "InternationalOrganizations"}],
    ),
    (  # heldout45 A/RES/80/193 op 21
        GA,
        "Encourages States and regional formations to engage with and support the plans of the African Union;",
        [{"States", "InternationalOrganizations"}],
    ),
    (  # heldout45 A/HRC/RES/55/8 op 7
        HRC,
        "Invites the Office of the United Nations High Commissioner for Human Rights and relevant United Nations "
        "agencies, and other donor mechanisms and partnerships, to consider ways to foster international cooperation;",
        [{"OHCHR", "UNSystemEntities", "Donors"}],
    ),
    (  # heldout45 A/HRC/RES/55/8 op 18
        HRC,
        "Encourages representative organizations of persons with disabilities, civil society, national mechanisms as "
        "described in article 33 of the Convention, and national human rights institutions to participate actively;",
        [{"CivilSociety", "NationalMechanismsReportingFollowUp", "NHRIs"}],
    ),
    (  # heldout45 A/HRC/RES/55/8 op 19
        HRC,
        "Requests the Secretary-General, the United Nations High Commissioner for Human Rights and United Nations "
        "offices to continue to work collaboratively;",
        [{"SecretaryGeneral", "HighCommissionerHumanRights", "UNSystemEntities"}],
    ),
    (  # near miss: offices inside the Secretary-General's clause are not asked
        HRC,
        "Requests the Secretary-General to ensure that United Nations offices are accessible;",
        [{"SecretaryGeneral"}],
    ),
    (  # near miss: more offices included in another body, the object of its strengthening (E/RES/2025/18 op 132)
        GA,
        "Highlights the role of the United Nations Group on the Information Society, and recommends strengthening its "
        "functioning by including further United Nations offices with responsibilities in matters of digital "
        "cooperation;",
        [set()],
    ),
    (  # (review of stop 63) any offices so included: the names after "by including" are the gerund's object
        GA,
        "Highlights the role of the United Nations Group on the Information Society, and recommends strengthening its "
        "functioning by including other United Nations offices with responsibilities in matters of digital cooperation;",
        [set()],
    ),
    (  # (review of stop 63)
        GA,
        "Recommends strengthening its functioning by including relevant United Nations offices;",
        [set()],
    ),
    (  # (review of stop 63) "by adding"
        GA,
        "Recommends strengthening the Group by adding new United Nations offices to its membership;",
        [set()],
    ),
    (  # (review of stop 63) further offices addressed are asked: no word guard
        GA,
        "Calls upon further United Nations offices to join the network;",
        [{"UNSystemEntities"}],
    ),
    (  # heldout45 A/HRC/RES/59/16 op 13
        HRC,
        "Calls upon all States and development cooperation agencies to prioritize female genital mutilation;",
        [{"States", "DevelopmentPartners"}],
    ),
    (  # heldout45 S/RES/2219 (2015) op 15
        SC,
        "Encourages Côte d’Ivoire and other adjacent countries to continue participation in KP regional cooperation;",
        [{"state:CIV", "RegionalPartners"}],
    ),
    (  # heldout45 A/RES/80/193 op 65, heldout24 A/RES/77/205 op 48
        GA,
        "Requests the President of the General Assembly to continue to convene annual commemorative meetings, and in "
        "this context encourages the participation of Member States, eminent personalities active in the struggle "
        "against racial discrimination, and civil society organizations;",
        [{"PresidentGeneralAssembly"}, {"MemberStates", "EminentPersonalities", "CivilSociety"}],
    ),
    (  # near miss (review of stop 63): a panel of them is a body, no eminent personalities invited
        GA,
        "Invites the panel of eminent personalities to present its recommendations;",
        [set()],
    ),
    (  # near miss (review of stop 63)
        GA,
        "Welcomes the work of the group of eminent personalities, and invites the group of eminent personalities to "
        "present its recommendations;",
        [set()],
    ),
    (  # heldout45 A/RES/80/193 op 29
        GA,
        "Notes the ongoing work of the Intergovernmental Working Group on the Effective Implementation of the Durban "
        "Declaration and Programme of Action on the elaboration of the draft declaration, requests the Working Group "
        "to continue to devote at least half of its annual session to this process;",
        [{"DurbanIGWG"}],
    ),
    (  # near miss: the special procedure named last is "the Working Group"
        GA,
        "Notes the work of the Intergovernmental Working Group on the Effective Implementation of the Durban "
        "Declaration and Programme of Action;\n\n2. Welcomes the work of the Working Group of Experts on People of "
        "African Descent, and requests the Working Group to continue its work;",
        [{"SpecialProcedures"}],
    ),
    (  # near miss: no working group named before
        GA,
        "Requests the Working Group to continue its work;",
        [{"ExpertGroup"}],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_heldout45_addressee_names(lead, text, expected):
    assert mandates(snippet(lead + text + "\n"), "addressees", as_sets=True) == expected
