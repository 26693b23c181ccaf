"""A time said as the first months of a phase: "authorises the Member States of the African Union to deploy up
to 11,826 uniformed personnel, inclusive of 680 police personnel, to AUSSOM from 1 July until 31 December 2025
for the first six months of this phase" (S/RES/2767 (2024) op 21, heldout16 04: period P6M) gave no period:
"first" was no adjective of a period (terms.yaml period_adjectives)."""

from tests.snippets import resolution, terms


def test_for_the_first_six_months():
    r = resolution(
        "21. Notes the CONOPs envisages phase 2 of the mission (1 July 2025 to 31 December 2027), and authorises the "
        "Member States of the African Union to deploy up to 11,826 uniformed personnel, inclusive of 680 police "
        "personnel, to AUSSOM from 1 July until 31 December 2025 for the first six months of this phase;",
        date="2024-12-27",
    )
    assert terms(r, "op", "action", "of", "until", "period") == [(21, "authorizes", "AUSSOM", "2025-12-31", "P6M")]
