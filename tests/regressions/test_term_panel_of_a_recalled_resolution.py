"""A Council text that renews "the Panel of Experts" with no resolution said after it, and is not itself among the
panel's resolutions (bodies.yaml), names the panel of the first resolution it recalls that set one up or renewed it:
"Recalls paragraph 44 of resolution 2662 (2022), decides to renew the mandate of the Panel of Experts until 31 December
2023" (S/RES/2711 (2023) op 3, heldout39 03) gave the term to the Sanctions Committee; the Panel of Experts on Somalia
(PanelOfExperts2444, 2662 among its resolutions). A text that recalls no panel's resolution keeps the old reading, and
another organ's "Working Group of Experts" is no Council panel.
"""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "Recalling its resolution 2662 (2022),",
        "3. Recalls paragraph 44 of resolution 2662 (2022), decides to renew the mandate of the Panel of Experts until "
        "31 December 2023;",
        [("extends", "PanelOfExperts2444", "2023-12-31")],
    ),
    (
        "Recalling its resolutions,",
        "3. Decides to renew the mandate of the Panel of Experts until 31 December 2023;",
        [("extends", "SanctionsCommittee", "2023-12-31")],
    ),
]


@pytest.mark.parametrize("preamble,text,expected", CASES)
def test_term_panel_of_a_recalled_resolution(preamble, text, expected):
    r = resolution(text, date="2023-11-28", preamble=preamble, symbol="S/RES/2711(2023)")
    assert terms(r, "action", "of", "until") == expected
