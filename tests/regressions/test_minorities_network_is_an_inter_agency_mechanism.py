"""The United Nations network on racial discrimination and protection of minorities (co-led by OHCHR and the Department
of Global Communications), in the Council's yearly minorities text: "Notes ... the initiatives and activities of the
United Nations network on racial discrimination and protection of minorities, co-led by the Office of the High
Commissioner and the Department of Global Communications ..., and invites the network to continue to cooperate with
the Special Rapporteur on minority issues" (A/HRC/RES/55/15 op 11: no one) and "Encourages States, the United Nations
network on racial discrimination and protection of minorities, civil society organizations and other stakeholders to
promote" (op 13: the United Nations system) are heldout15 29's UNInterAgencyMechanisms. Guard: "the network" before any
network was named asks no one."""

import pytest

from tests.snippets import mandates, snippet

HRC = "The Human Rights Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (  # A/HRC/RES/55/15 op 11
        "Notes in particular in this regard the initiatives and activities of the United Nations network on racial "
        "discrimination and protection of minorities, co-led by the Office of the High Commissioner and the Department "
        "of Global Communications of the Secretariat, and invites the network to continue to cooperate with the "
        "Special Rapporteur on minority issues;",
        [("invites", {"UNInterAgencyMechanisms"})],
    ),
    (  # A/HRC/RES/55/15 op 13
        "Encourages States, the United Nations network on racial discrimination and protection of minorities, civil "
        "society organizations and other stakeholders to promote and support the participation of persons belonging "
        "to national or ethnic, religious and linguistic minorities;",
        [("encourages", {"States", "UNInterAgencyMechanisms", "CivilSociety", "Stakeholders"})],
    ),
    (  # guard: no network named before
        "Invites the network to continue to cooperate with the Special Rapporteur;",
        [("invites", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_minorities_network_is_an_inter_agency_mechanism(text, expected):
    r = snippet(HRC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
