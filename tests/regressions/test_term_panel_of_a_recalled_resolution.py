"""A Council text that renews "the Panel of Experts" with no resolution said after it, and is not itself among the
panel's resolutions (bodies.yaml), names the panel of the resolution cited nearest that name in one paragraph: "Recalls
paragraph 44 of resolution 2662 (2022), decides to renew the mandate of the Panel of Experts until 31 December 2023"
(S/RES/2711 (2023) op 3, heldout39 03) gave the term to the Sanctions Committee; the Panel of Experts on Somalia
(PanelOfExperts2444, 2662 among its resolutions). Not the first cited: the Somalia texts recite the Monitoring Group's
resolution 1425 (2002) (MonitoringGroup1519) before (S/RES/2554, 2608); with no number in the name's paragraph, the
panel of the highest number cited. A text that recalls no panel's resolution keeps the old reading; another organ's
"Working Group of Experts" is no Council panel, nor is a proper name that holds "Panel" ("the African Union High-Level
Panel on Sudan", S/RES/2736 (2024)) a reference to one.
"""

import pytest

from resgraph.extract import term_panels
from resgraph.vocab import load
from tests.snippets import resolution, terms

RENEWS = (
    "3. Recalls paragraph 44 of resolution 2662 (2022), decides to renew the mandate of the Panel of Experts until "
)

CASES = [
    (
        "Recalling its resolution 2662 (2022),",
        RENEWS + "31 December 2023;",
        [("extends", "PanelOfExperts2444", "2023-12-31")],
    ),
    (
        "Recalling its resolutions,",
        "3. Decides to renew the mandate of the Panel of Experts until 31 December 2023;",
        [("extends", "SanctionsCommittee", "2023-12-31")],
    ),
    # two panels cited: the one cited nearest the name, not the first (the Monitoring Group's 1425)
    (
        "Recalling its resolutions,",
        "1. Reaffirms the arms embargo elaborated by resolution 1425 (2002);\n\n" + RENEWS + "31 December 2023;",
        [("extends", "PanelOfExperts2444", "2023-12-31")],
    ),
    # no number in the name's paragraph: the highest cited
    (
        "Recalling its resolution 1425 (2002) and its resolution 2662 (2022),",
        "3. Decides to renew the mandate of the Panel of Experts until 31 December 2023;",
        [("extends", "PanelOfExperts2444", "2023-12-31")],
    ),
]


@pytest.mark.parametrize("preamble,text,expected", CASES)
def test_term_panel_of_a_recalled_resolution(preamble, text, expected):
    r = resolution(text, date="2023-11-28", preamble=preamble, symbol="S/RES/2711(2023)")
    assert terms(r, "action", "of", "until") == expected


# near misses: no generic reference to a panel (a proper name, another organ's body), or not a Council text
PANELS = [
    (
        [
            "Recalling its resolution 2725 (2024),",
            "Welcomes the efforts of the African Union High-Level Panel on Sudan;",
        ],
        "S/RES/2736(2024)",
        None,
    ),
    (
        [
            "Recalling its resolution 2662 (2022),",
            "Decides to renew the mandate of the Working Group of Experts on People of African Descent;",
        ],
        "S/RES/9999(2030)",
        None,
    ),
    (
        ["Recalling resolution 2662 (2022),", "Decides to renew the mandate of the Panel of Experts for three years;"],
        "A/HRC/RES/54/26",
        None,
    ),
]


@pytest.mark.parametrize("texts,symbol,expected", PANELS)
def test_no_panel_without_a_generic_council_reference(texts, symbol, expected):
    assert term_panels.document_panel(texts, load(), symbol) == expected
