"""An adjective before coordinated modifiers, shared by them: "Urges all States, as well as international governmental
and non-governmental organizations and foundations, to make voluntary contributions" (the yearly Regional Centre texts
A/RES/77/83, 78/56, 79/65, 80/60 op 10) gave States and civil society only, where the earlier years' "international,
governmental and non-governmental organizations" (74/71, 75/76, 76/57 op 9) gave international organizations too: the
modifiers listed before "and" were read only when commas set them apart. A determiner before them says which, not what
("other governmental and non-governmental organizations")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "10. Urges all States, as well as international governmental and non-governmental organizations and "
        "foundations, to make voluntary contributions in order to strengthen the programmes of the Regional Centre;",
        [("urges", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "9. Urges all States, as well as international, governmental and non-governmental organizations and "
        "foundations, to make voluntary contributions;",
        [("urges", {"States", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "4. Invites Member States and other governmental and non-governmental organizations to contribute;",
        [("invites", {"MemberStates", "CivilSociety"})],
    ),
    # "humanitarian assistance, human rights and development organizations" (A/RES/74/160 op 20 and its twins)
    (
        "20. Encourages all relevant United Nations organizations and humanitarian assistance, human rights and "
        "development organizations to continue to work together;",
        [("encourages", {"UNSystemEntities", "HumanitarianActors", "DevelopmentPartners"})],
    ),
    # a name's last word before "and" is no modifier, nor the word before it an adjective they share
    (
        "8. Encourages the international community, relevant international and regional organizations and donor "
        "countries to support the efforts;",
        [("encourages", {"InternationalCommunity", "InternationalOrganizations", "Donors"})],
    ),
    (
        "29. Invites international financial institutions, multilateral development banks and international "
        "organizations to support these efforts;",
        [("invites", {"InternationalFinancialInstitutions", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_adjective_shared_by_coordinated_modifiers(text, expected):
    r = resolution(text, date="2022-12-07", organ="The General Assembly")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_shared_adjective_linear():
    """SHARED_ADJECTIVE reads at most 40 characters before the modifiers: its cost does not grow with the window."""
    from resgraph.extract.modifiers import SHARED_ADJECTIVE
    from tests.growth import LINEAR, growth

    assert growth(lambda n: "a" * n + " " * n, lambda t: SHARED_ADJECTIVE.search(t, max(0, len(t) - 40)), 2000) < LINEAR
