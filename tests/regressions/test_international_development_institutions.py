""" "encourages greater collaboration on social protection finance among all international development institutions"
(A/RES/77/152 op 16, 78/136 op 21, 79/196 op 26, 80/122 op 37: the Assembly's texts on social development) asks for
a joint activity whose parties, named after "among", are its agents (the addressee convention from stop 27,
tests/mandate_gold/README.md, "What counts"); "international development institutions" is the kind the vocabulary
calls InternationalFinancialInstitutions (heldout18 24, A/RES/76/192 op 13, reads "between the Fund and international
development institutions" so), and it had no alias for it: 4 of the mandates naming no actor on corpus-full
(tests/mandate_gold/addressee_survey.md). Near misses: a beneficiary after "for" and a partner after "with" stay
unasked; other development bodies are not taken for it."""

import pytest

from tests.snippets import mandates, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Notes the work done, and encourages greater collaboration on social protection finance among all international "
        "development institutions;",
        [("encourages", ("InternationalFinancialInstitutions",))],
    ),
    (
        "Invites the international development institutions to continue to support national social protection systems;",
        [("invites", ("InternationalFinancialInstitutions",))],
    ),
    # near misses: a beneficiary and a partner are not asked
    (
        "Encourages support for international development institutions in developing countries;",
        [("encourages", ())],
    ),
    (
        "Encourages cooperation with international development institutions;",
        [("encourages", ())],
    ),
    # other development bodies keep their own readings ("development partners"), or none ("development institutions
    # of the country", a national body)
    (
        "Invites development partners to continue to support national social protection systems;",
        [("invites", ("DevelopmentPartners",))],
    ),
    (
        "Encourages greater collaboration on social protection finance among national development institutions of the "
        "country;",
        [("encourages", ())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_international_development_institutions(text, expected):
    r = snippet(PRE + text + "\n")
    assert mandates(r, "verb", "addressees") == expected
