"""An adverb between "and" and a directive verb leaves the verb a mandate: "and likewise urges the two
Governments to take all necessary steps" (S/RES/2104 (2013) op 8, 2126 op 9), "and consequently requests the
Secretary-General to propose" (S/RES/1539 op 3), "Additionally requests the Secretary General" (S/RES/1919
op 3), "finally requests the Secretary-General to provide a briefing" (S/RES/2065 op 6), "and hence encourages
States" (A/HRC/RES/54/28 op 9), "and hereby authorizes the use of the trust fund" (A/RES/74/19 op 105 and six
yearly twins): verbs.yaml adverbs. The mandates were missed.
"""

import pytest

from tests.snippets import resolution

CASES = [
    (
        "1. Stresses that Abyei should be a weapons-free area, and likewise urges the two governments to take all "
        "necessary steps;",
        [("urges", {"state:SDN", "state:SSD"})],
    ),
    (
        "1. Expresses concern at the illicit trade, and consequently requests the Secretary-General to propose "
        "effective measures;",
        [("requests", {"SecretaryGeneral"})],
    ),
    ("1. Additionally requests the Secretary-General to provide information;", [("requests", {"SecretaryGeneral"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_more_adverbs_before_a_verb(text, expected):
    r = resolution(text, date="2013-05-29", organ="SC", preamble="Recalling its resolutions on Sudan and South Sudan,")
    assert [(m.verb, set(m.addressees)) for m in r.mandates] == expected
