"""Vocabulary: "non-profit organizations" and "charitable organizations" are the non-governmental sector, CivilSociety,
as "non-governmental organizations" are. "calls upon non-governmental, non-profit and charitable organizations to use
their knowledge" (the Global Counter-Terrorism Strategy reviews, A/RES/75/291 op 59, A/RES/77/298 op 62 with U+2011
hyphens) named no actor: the window stopped at "non-governmental", a modifier alone. A partner after "with" is still
no addressee ("to work cooperatively with non-profit organizations" in the same paragraph)."""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 77/1,\n\n1. "

CASES = [
    (  # A/RES/75/291 op 59
        "Calls upon Member States to implement a risk-based approach and to work cooperatively with non-profit "
        "organizations to prevent the abuse of such organizations by and for terrorists, and calls upon "
        "non-governmental, non-profit and charitable organizations to use their knowledge;",
        [("calls-upon", {"MemberStates"}), ("calls-upon", {"CivilSociety"})],
    ),
    (  # A/RES/77/298 op 62: non-breaking hyphens
        "Calls upon Member States to work cooperatively with non\u2011profit organizations, and calls upon "
        "non\u2011governmental, non\u2011profit and charitable organizations to use their knowledge;",
        [("calls-upon", {"MemberStates"}), ("calls-upon", {"CivilSociety"})],
    ),
    (  # the alias alone
        "Encourages non-profit and charitable organizations to share good practices;",
        [("encourages", {"CivilSociety"})],
    ),
    (  # must not take: the organizations a cooperation is with are partners, the States are asked
        "Urges Member States to cooperate with non-profit organizations to prevent their abuse;",
        [("urges", {"MemberStates"})],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_non_profit_and_charitable_organizations(text, expected):
    assert mandates(snippet(GA + text), "verb", "addressees", as_sets=True) == expected
