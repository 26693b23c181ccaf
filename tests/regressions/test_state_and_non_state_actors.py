"""Actors of both kinds, named together: "Commends the contributions of the Trust Fund and the IMO-funded Djibouti Code
of Conduct and urges both state and non-State actors affected by piracy, most notably the international shipping
community, to contribute to them" (heldout20 13, S/RES/2125 (2013) op 23, and the yearly piracy texts S/RES/2184,
2246, 2316, 2383, 2442, 2500: States, NonStateActors and CivilSociety): the phrase was an alias of NonStateActors alone,
and the shipping community named no one. It is now a group of both (countries.yaml `groups`), and the international
shipping community is civil society (as "shipping companies", heldout annotations). Those named as partners after
"with" stay out."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "23. Commends the contributions of the Trust Fund and the IMO-funded Djibouti Code of Conduct and urges both "
        "state and non-State actors affected by piracy, most notably the international shipping community, to "
        "contribute to them;",
        [("urges", {"States", "NonStateActors", "CivilSociety"})],
    ),
    (
        "4. Encourages State and non-State actors to refrain from reprisals;",
        [("encourages", {"States", "NonStateActors"})],
    ),
    (
        "5. Calls upon non-State actors to respect international humanitarian law;",
        [("calls-upon", {"NonStateActors"})],
    ),
    (
        "7. Calls upon States and regional organizations to coordinate their efforts in cooperation with each other, "
        "the IMO, the international shipping community, flag States, and the TFG;",
        [("calls-upon", {"States", "InternationalOrganizations"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_state_and_non_state_actors(text, expected):
    r = resolution(text, date="2013-11-18")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
