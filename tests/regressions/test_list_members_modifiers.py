"""Members of a long addressee list, and the names inside their modifiers (heldout11's misses, A/HRC/RES/59/12 and
the Assembly's long lists): a body named after a participle that qualifies a member made or named it and is not
asked ("the mediator appointed by the African Union"); heads sharing a postmodifier ("other organizations and
bodies of the United Nations system") are the system's, not international organizations besides it; modifiers of
two words share a head too ("humanitarian, human rights and development organizations"); "resident and
humanitarian coordinators" names both; "interested organizations" are international organizations; "calls upon
all," asks everyone (the golds: Stakeholders); "the authorities ... in Chad and the Central African Republic" are
both States' authorities, not places."""

import pytest

from tests.snippets import mandates, snippet

OPENER = "The General Assembly,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # heldout11 A/HRC/RES/57/34 op 5
        "Encourages the mediator appointed by the African Union, namely, the President of Angola, to pursue his efforts;",
        {"state:AGO"},
    ),
    (  # heldout11 A/HRC/RES/59/12 op 27
        "Encourages the United Nations, including specialized agencies, and the follow-up mechanisms established at "
        "the end of the mandate of the Special Adviser on Solutions to Internal Displacement, regional "
        "intergovernmental organizations, mandate holders, interested institutions and independent experts and "
        "non-governmental organizations to develop and maintain regular dialogue;",
        {"UNSystemEntities", "InternationalOrganizations", "SpecialProcedures", "Stakeholders", "CivilSociety"},
    ),
    (  # a passive's agent is asked (heldout8 S/RES/1494 (2003) op 15)
        "Requests further measures to be undertaken by the Office for the Coordination of Humanitarian Affairs to "
        "create conditions;",
        {"OCHA"},
    ),
    (  # A/RES/79/326 op 3
        "Invites the specialized agencies and other organizations, programmes and funds of the United Nations system, "
        "as well as international financial institutions, to develop their cooperation;",
        {"UNSystemEntities", "InternationalFinancialInstitutions"},
    ),
    (  # A/RES/74/126 op 5 (shape)
        "Requests other organizations and bodies of the United Nations system to address;",
        {"UNSystemEntities"},
    ),
    (
        "Invites Member States and other organizations and institutions to provide;",
        {"MemberStates", "InternationalOrganizations"},
    ),
    (  # heldout11 A/HRC/RES/59/12 op 28
        "Encourages all relevant United Nations organizations and humanitarian, human rights and development "
        "organizations to enhance their collaboration;",
        {"UNSystemEntities", "HumanitarianActors", "DevelopmentPartners"},
    ),
    ("Encourages humanitarian and human rights organizations to cooperate;", {"HumanitarianActors"}),
    (  # heldout11 A/HRC/RES/59/12 op 19
        "Encourages States, the United Nations system, the resident and humanitarian coordinators, international "
        "financial institutions, the private sector and other relevant actors to continue these efforts;",
        {
            "States",
            "UNSystemEntities",
            "HumanitarianCoordinators",
            "InternationalFinancialInstitutions",
            "CivilSociety",
            "Stakeholders",
        },
    ),
    (  # heldout11 A/RES/75/134 op 26
        "Reiterates its request to Member States and interested organizations, institutions and individuals to make "
        "voluntary contributions;",
        {"MemberStates", "InternationalOrganizations", "Stakeholders"},
    ),
    (  # heldout11 A/RES/75/134 op 24
        "Calls upon Member States and interested organizations to give favourable consideration to the appeal;",
        {"MemberStates", "InternationalOrganizations"},
    ),
    (  # heldout4 A/RES/74/302 op 51
        "Expresses its readiness to contribute, and calls upon all, in particular relevant United Nations entities, "
        "to help to achieve this goal;",
        {"Stakeholders", "UNSystemEntities"},
    ),
    ("Calls upon all States to help;", {"States"}),
    (  # heldout8 S/RES/1861 (2009) op 21
        "Encourages the authorities and political stakeholders in Chad and the Central African Republic to continue "
        "to pursue their efforts of national dialogue;",
        {"PoliticalActors", "state:TCD", "state:CAF"},
    ),
    ("Calls on the local authorities in Kosovo to cooperate;", {"LocalGovernments"}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_list_members(text, expected):
    got = mandates(snippet(OPENER + text), "verb", "addressees", as_sets=True)
    assert [a for _, a in got] == [expected]
