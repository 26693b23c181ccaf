"""Banks asked as "commercial banking systems" read as no one the vocabulary knows: "encourages commercial banking
systems to serve all, including those who currently face barriers to accessing financial services and information"
(the Assembly's texts on women in development, A/RES/74/235 op 39, 77/181 op 39, 79/223 op 40). Financial
institutions they are, as "financial institutions" and "national development banks" read (actors.yaml
InternationalFinancialInstitutions).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "39. Encourages all Governments to work towards full and equal access to formal financial services and "
        "financial products for all women, encourages commercial banking systems to serve all, including those who "
        "currently face barriers to accessing financial services and information, and to support microfinance "
        "institutions;",
        [("encourages", {"States"}), ("encourages", {"InternationalFinancialInstitutions"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_commercial_banking_systems(text, expected):
    r = resolution(text, date="2019-12-19", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
