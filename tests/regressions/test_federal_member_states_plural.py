"""Somalia's Federal Member States by the acronym's plural, "FMSs", are LocalGovernments beside the Federal Government
(state:SOM), as "the FMS" and "Federal Member States" are (heldout27 S/RES/2444 (2018) ops 21, 27, 28, 35, 38, 53: the
gold's LocalGovernments, missed; AMISOM after them was lost too in "cooperation by the FGS, FMSs and AMISOM", op 27;
S/RES/2431 (2018) op 44)."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Calls upon the FGS and FMSs to enhance civilian oversight of their security forces;",
        [("calls-upon", {"state:SOM", "LocalGovernments"})],
    ),
    (
        "Urges increased cooperation by the FGS, FMSs and AMISOM, as set out in paragraph 6 of resolution 2182 (2014), "
        "to document and register all military equipment captured as part of offensive operations;",
        [("urges", {"state:SOM", "LocalGovernments", "AMISOM"})],
    ),
    (
        "Calls on the FGS, the FMSs, AMISOM and UNSOM to work to ensure that women and girls are protected;",
        [("calls-upon", {"state:SOM", "LocalGovernments", "AMISOM", "UNSOM"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_federal_member_states_plural(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
