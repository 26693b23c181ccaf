"""The parties of a joint activity are asked (the addressee convention from stop 27) when a topic, an aside or a
doubled preposition stands between the activity and its parties, and when the activity asked for is to bring about
a joint one in its infinitive (nested_joint.py). Each mandate below read as asking no one: "cooperation among and
between Member States" (A/RES/74/43 op 4 and its renewals), "cooperation between and among States" (heldout13
A/HRC/RES/59/11 op 5), "closer cooperation on disaster risk reduction, ... between the United Nations and ASEAN"
(A/RES/75/15 op 21), "continued efforts to improve dialogue, communication and coordination between the CAR Government
and MINUSCA" (S/RES/2800 (2025) op 40), and past parties the vocabulary lacks before one it knows ("collaboration between the
follow-up and review process of the World Summit and the Technology Facilitation Mechanism", heldout8 E/RES/2023/3
op 17, heldout4 E/RES/2024/13 op 19, the first gold's E/RES/2021/28 op 15), and the owners after "of" of a cooperation
or coordination in the infinitive (heldout8 E/RES/2024/8 op 8, heldout11 E/RES/2023/16 op 8; verbs.yaml
`unaddressed.joint_owner_nouns`; not who is engaged, nor a partner after "with"). Still no one: an activity whose infinitive names a non-joint activity or an
agent after "by" (the attackers are not asked), a document between two parties."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "4. Encourages cooperation among and between Member States and relevant regional and international "
        "organizations for strengthening national capacities in this regard;",
        # (the coordinated modifiers too: test_coordinated_agents.py)
        [("encourages", ("MemberStates", "InternationalOrganizations"))],
    ),
    (
        "5. Encourages increased capacity-building cooperation between and among States, including policy exchanges;",
        [("encourages", ("States",))],
    ),
    (
        "21. Encourages closer cooperation on disaster risk reduction, emergency response and management between the "
        "United Nations and the Association of Southeast Asian Nations in order to ensure an effective response;",
        [("encourages", ("UNSystemEntities", "ASEAN"))],
    ),
    (
        "11. Encourages the sharing of information and best practices on a regular basis between the Office of the "
        "United Nations High Commissioner for Human Rights and the States concerned on technical assistance;",
        [("encourages", ("OHCHR", "States"))],
    ),
    (
        "40. Encourages continued efforts to improve dialogue, communication and coordination between the CAR "
        "Government and MINUSCA, including on the implementation of the Status of Forces Agreement;",
        [("encourages", ("state:CAF", "MINUSCA"))],
    ),
    (
        "19. Encourages efforts to develop effective partnerships and promote closer cooperation between the United "
        "Nations and the Association of Southeast Asian Nations in peacekeeping;",
        [("encourages", ("UNSystemEntities", "ASEAN"))],
    ),
    (
        "52. Encourages efforts to adhere to the Principles and Good Practice of Humanitarian Donorship and to improve "
        "burden-sharing among donors;",
        [("encourages", ("Donors",))],
    ),
    (
        "44. Encourages future collaboration between practitioners, experts and other relevant stakeholders towards "
        "these goals;",
        [("encourages", ("Stakeholders",))],
    ),
    (
        "15. Underscores the importance of and encourages continued collaboration between the follow-up and review "
        "process of the World Summit and the Technology Facilitation Mechanism, including its multi-stakeholder forum;",
        [("encourages", ("TechnologyFacilitationMechanism",))],
    ),
    (
        "6. Encourages cooperation among State organs, international organizations and civil society in support of "
        "programmes;",
        [("encourages", ("NationalAuthorities", "InternationalOrganizations", "CivilSociety"))],
    ),
    (
        "8. Urges efforts to enhance cooperation and coordination of United Nations humanitarian entities, other "
        "relevant humanitarian organizations and donor countries with the affected States, recognizes that "
        "humanitarian assistance should be provided in ways that are supportive of early recovery;",
        [("urges", ("UNSystemEntities", "HumanitarianActors", "Donors"))],
    ),
    (
        "14. Encourages cooperation to promote the engagement of women, youth, indigenous peoples and local "
        "communities;",
        [("encourages", ())],
    ),
    ("9. Encourages efforts to strengthen the exchange of views with Member States;", [("encourages", ())]),
    ("3. Encourages efforts to promote the work of the Committee;", [("encourages", ())]),
    (
        "5. Encourages efforts to protect civilians from attacks by armed groups and to strengthen cooperation with "
        "the African Union;",
        [("encourages", ())],
    ),
    (
        "6. Encourages efforts towards the full reconstitution of the PNTL pursuant to the exchange of letters between "
        "the Government of Timor-Leste and UNMIT;",
        [("encourages", ())],
    ),
    (
        "7. Encourages cooperation in the implementation of the Agreement between Israel and Jordan;",
        [("encourages", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_joint_activity_parties(text, expected):
    r = resolution(text, date="2021-06-08", organ="The General Assembly")
    assert mandates(r, "verb", "addressees") == expected
