"""Groups of people a verb asks by name that the vocabulary lacked (stop 34's sample of 150 corpus-full mandates
naming no actor, and heldout7's and heldout18's misses): "encourages and supports men and boys to take an active part"
(A/RES/74/128 op 8 and its renewals 76/142, 78/182, 80/186; "Encourages men and boys to take an active part",
A/RES/75/160 op 19, 77/195, 79/153: MenAndBoys, a new id), "Strongly encourages government representatives and leaders
in all sectors of society and respective communities to speak out" (heldout7 A/HRC/RES/58/5 op 8: States and
Stakeholders, its annotators'), "encourages promoters of such assets to work with regulators" (heldout18 A/RES/76/192
op 28 and 74/202, 75/204: CivilSociety, the private sector's). Men and boys as whom an act is for are asked nothing
(heldout15 E/RES/2022/10 op 42, heldout8 E/RES/2024/8 op 51: "the specific needs ... of women, girls, men and boys";
heldout16 A/RES/78/179 op 12, "support young men and boys to take responsibility": the Member States asked)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/74/128 op 8
        "Condemns all forms of violence, encourages and supports men and boys to take an active part in the prevention "
        "and elimination of all forms of violence;",
        [("encourages", {"MenAndBoys"})],
    ),
    (  # A/RES/75/160 op 19
        "Encourages men and boys to take an active part and to become strategic partners of women and girls and their "
        "allies in efforts to eliminate violence;",
        [("encourages", {"MenAndBoys"})],
    ),
    (  # heldout7 A/HRC/RES/58/5 op 8
        "Strongly encourages government representatives and leaders in all sectors of society and respective "
        "communities to speak out against acts of intolerance and violence based on religion or belief;",
        [("encourages", {"States", "Stakeholders"})],
    ),
    (  # heldout18 A/RES/76/192 op 28
        "Notes the risks of crypto-assets, encourages promoters of such assets to work with regulators on financial "
        "regulations in markets where their assets are used;",
        [("encourages", {"CivilSociety"})],
    ),
    (  # guard, heldout16 A/RES/78/179 op 12 (the Member States asked, the young men and boys they support)
        "Urges Member States to engage, educate and support young men and boys to take responsibility for their "
        "behaviour;",
        [("urges", {"MemberStates"})],
    ),
    (  # guard, heldout15 E/RES/2022/10 op 42 (whom the needs are of)
        "Requests Member States and international organizations to ensure a gender-responsive approach through "
        "addressing the specific needs of women, girls, men and boys on an equal basis;",
        [("requests", {"MemberStates", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_groups_of_people_asked_by_name(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
