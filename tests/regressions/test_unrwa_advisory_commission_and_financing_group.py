"""The Assembly's yearly UNRWA text asks the Agency's Advisory Commission and its own working group on the Agency's
financing: "Calls upon the members of the Advisory Commission and the Working Group on the Financing of the United
Nations Relief and Works Agency for Palestine Refugees in the Near East to ..." (A/RES/74/85 op 24, 75/94 op 26, 76/78
op 28, 77/122 op 29, 78/73 op 29, 80/77 op 43) was read as a special procedure ("Working Group on") and the Agency
itself; now the Advisory Commission (UNRWAAdvisoryCommission) and the Assembly's working group (ExpertGroup). Guard: "the
Advisory Commission on ..." is another body's name going on, not UNRWA's."""

import pytest

from tests.snippets import mandates, snippet

GA = (
    "The General Assembly,\n\nRecalling its resolution 302 (IV) of 8 December 1949, by which it established the United "
    "Nations Relief and Works Agency for Palestine Refugees in the Near East,\n\n1. "
)

CASES = [
    (  # A/RES/80/77 op 43
        "Calls upon the members of the Advisory Commission and the Working Group on the Financing of the United Nations "
        "Relief and Works Agency for Palestine Refugees in the Near East to ensure the sustainability of its funding;",
        [("calls-upon", {"UNRWAAdvisoryCommission", "ExpertGroup"})],
    ),
    (  # guard: a name going on after "the Advisory Commission"
        "Requests the Advisory Commission on Human Rights to report;",
        [("requests", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_unrwa_advisory_commission_and_financing_group(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
