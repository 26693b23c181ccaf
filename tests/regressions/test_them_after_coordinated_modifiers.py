""" "Them" after a list whose organizations are named by coordinated modifiers ("Welcomes the efforts of Governments,
United Nations bodies and agencies and intergovernmental, regional, subregional and non-governmental organizations to
prevent ... trafficking in women and girls and invites them to further enhance their efforts", A/RES/77/194 op 7,
75/158 op 7, 79/154 op 7) stood for the Governments and the United Nations bodies alone: pronouns.antecedent read the
actors its aliases name, where a window reads the modifiers that share a head too (modifiers.coordinated), and the run
of actors named together broke at "intergovernmental, regional, subregional and". The antecedent now reads them as a
window does: international organizations and non-governmental organizations too.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "7. Welcomes the efforts of Governments, United Nations bodies and agencies and intergovernmental, regional, "
        "subregional and non-governmental organizations to prevent and address the particular problem of trafficking "
        "in women and girls and invites them to further enhance their efforts and cooperation;",
        [("invites", {"States", "UNSystemEntities", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "7. Welcomes the efforts of Governments, United Nations bodies and agencies and intergovernmental and "
        "non-governmental organizations to prevent and address the particular problem of trafficking in women and "
        "girls and encourages them to further enhance their efforts and cooperation;",
        [("encourages", {"States", "UNSystemEntities", "InternationalOrganizations", "CivilSociety"})],
    ),
    (
        "3. Expresses its appreciation for the financial contributions made by Member States and international "
        "governmental and non-governmental organizations, and encourages them to continue to make voluntary "
        "contributions;",
        [("encourages", {"MemberStates", "InternationalOrganizations", "CivilSociety"})],
    ),
    (  # a list with no coordinated modifiers, as before
        "9. Recognizes the role of the United Nations and of the international financial institutions, in accordance "
        "with their respective mandates, and encourages them to continue to support global efforts;",
        [("encourages", {"UNSystemEntities", "InternationalFinancialInstitutions"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_them_after_coordinated_modifiers(text, expected):
    r = resolution(text, date="2022-12-16", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
