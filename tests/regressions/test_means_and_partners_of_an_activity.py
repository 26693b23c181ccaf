"""Bodies that a window names but does not ask (corpus-full, issue 12).

Once "organisations" was an alias, "Calls upon Member States acting nationally or through
regional organisations" (S/RES/2240 (2015) op 5) asked the organisations too. A body after
"through" is the means (addressees.py MEANS); a body after "following consultation with" is
consulted, not asked (S/RES/1938 (2010) op 7)."""

import pytest

from tests.conftest import snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        SC,
        "Calls upon Member States acting nationally or through regional organisations to inspect;",
        [("calls-upon", {"MemberStates"})],
    ),
    (
        GA,
        "Encourages States, individually and through relevant international bodies, to cooperate;",
        [("encourages", {"States"})],
    ),
    (GA, "Invites States with the capacity to do so to contribute;", [("invites", {"States"})]),
    (
        SC,
        "Encourages the PBC, following close consultation with the Government of Liberia, to report;",
        [("encourages", {"PeacebuildingCommission"})],
    ),
]


@pytest.mark.parametrize("lead,text,expected", CASES)
def test_not_asked(lead, text, expected):
    r = snippet(lead + text + "\n")
    assert [(m.verb, set(m.addressees)) for m in r.mandates] == expected
