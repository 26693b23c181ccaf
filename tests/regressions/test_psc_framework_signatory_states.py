"""The signatory States of a text that named the PSC Framework are its signatories (PSCFrameworkSignatories), not any
States: "recalls the commitments undertaken by the region under the PSC Framework ..., urges the signatory States, with
the support of the PSC Framework Guarantors, to strengthen their collaboration" (heldout28 S/RES/2612 (2021) op 14,
S/RES/2556 (2020) op 14, 2502 (2019) op 14), "Reiterates its call to all signatory States under the PSC Framework"
(S/RES/2389 (2017) op 6, 2348 (2017) op 18). A treaty's signatory States elsewhere are still States ("Urges
signatory States and other States whose vessels fish within the area", A/RES/74/18 op 157)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Recalls the commitments undertaken by the region under the PSC Framework not to tolerate armed groups, urges "
        "the signatory States, with the support of the PSC Framework Guarantors, to strengthen their collaboration;",
        [("urges", {"PSCFrameworkSignatories"})],
    ),
    (
        "Reiterates its call to the Government of the DRC and all signatory States under the PSC Framework to redouble "
        "their efforts;",
        [("calls-upon", {"state:COD", "PSCFrameworkSignatories"})],
    ),
    ("Urges the signatory States to ratify the Treaty without delay;", [("urges", {"States"})]),
    (
        "Urges signatory States and other States whose vessels fish within the area to cooperate;",
        [("urges", {"States"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_psc_framework_signatory_states(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
