"""The Interim Emergency Multinational Force in Bunia (2003) is its own force, not the multinational force in Iraq
that its last words name (issue 12, corpus-wide: S/RES/1484 (2003) ops 1, 4, 9 and S/RES/1501 (2003) op 2 read
`MNF`). bodies.yaml names it, so its longer alias wins over "Multinational Force".
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Requests the leadership of the Interim Emergency Multinational Force in Bunia to report regularly to the "
        "Council through the Secretary-General, on the implementation of its mandate;",
        [("requests", {"InterimEmergencyMultinationalForce"})],
    ),
    (
        "Authorizes the deployment until 1 September 2003 of an Interim Emergency Multinational Force in Bunia in "
        "close coordination with MONUC to contribute to the stabilization of the security conditions;",
        [("authorizes", {"InterimEmergencyMultinationalForce"})],
    ),
    (
        "Requests the Multinational Force to report to the Council;",
        [("requests", {"MNF"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_interim_emergency_multinational_force(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
