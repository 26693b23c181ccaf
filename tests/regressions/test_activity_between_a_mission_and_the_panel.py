"""An activity between the document's panel and another body asks both, its agents (the addressee convention
from stop 27, tests/mandate_gold/README.md, "What counts"; stop 26 read "cooperation among" as asking no one, S/RES/2255
op 49): "Encourages timely information exchange between UNMISS and the Panel of Experts, and requests UNMISS
to assist the Committee and the Panel of Experts" (S/RES/2633 (2022) op 22 and the yearly twins of the South
Sudan, Mali and DRC regimes). The panel fallback (a window naming no actor but the panel's words asks the
panel) is not what finds it: the panel is asked as a party of the exchange, beside UNMISS.
"""

import pytest

from tests.snippets import resolution

PRE = (
    "Recalling the Panel of Experts established pursuant to resolution 2206 (2015) and the Committee "
    "established pursuant to resolution 2206 (2015),"
)

CASES = [
    (
        "1. Encourages timely information exchange between UNMISS and the Panel of Experts, and requests UNMISS "
        "to assist the Committee and the Panel of Experts, within its mandate and capabilities;",
        [("encourages", ("UNMISS", "PanelOfExperts2206")), ("requests", ("UNMISS",))],
    ),
    (
        "1. Encourages the Panel of Experts to exchange information with UNMISS;",
        [("encourages", ("PanelOfExperts2206",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_activity_between_a_mission_and_the_panel(text, expected):
    r = resolution(text, date="2022-05-26", organ="SC", preamble=PRE, symbol="S/RES/2633(2022)")
    assert [(m.verb, m.addressees) for m in r.mandates] == expected
