"""An activity between the document's panel and another body asks no one, as the golds read "cooperation
among" (S/RES/2255 op 49): "Encourages timely information exchange between UNMISS and the Panel of Experts,
and requests UNMISS to assist the Committee and the Panel of Experts" (S/RES/2633 (2022) op 22 and the
yearly twins of the South Sudan, Mali and DRC regimes; "Requests enhanced cooperation, coordination and
information sharing between the Monitoring Group and the humanitarian organizations", S/RES/2060 op 9): the
panel fallback (a window naming no actor but the panel's words asks the panel) read the panel as asked.
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
        [("encourages", ()), ("requests", ("UNMISS",))],
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
