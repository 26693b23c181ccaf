"""A channel after "either": "Encourages States, either individually or through regional fisheries management
organizations and arrangements, as appropriate, to identify any spawning and nursery areas" (A/RES/75/89 op 224 and the
yearly fisheries texts, 74/18 to 80/109) asked the RFMOs too, where "individually or through" alone ends the list: the
organizations are the way States act, not addressees (heldout18 26, heldout30 26: States).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "224. Encourages States, either individually or through regional fisheries management organizations and "
        "arrangements, as appropriate, to identify any spawning and nursery areas for fish stocks under their "
        "jurisdiction or competence;",
        [("encourages", {"States"})],
    ),
    (  # as before: without "either", and "either directly or through"
        "183. Urges States, individually or through regional fisheries management organizations and arrangements, to "
        "enhance their efforts to apply an ecosystem approach to fisheries;",
        [("urges", {"States"})],
    ),
    (
        "138. Calls upon States, either individually, collectively or through regional fisheries management "
        "organizations and arrangements, to further study, develop and adopt effective management measures;",
        [("calls-upon", {"States"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_either_individually_or_through(text, expected):
    r = resolution(text, date="2020-12-08", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
