"""heldout20 (A/HRC/RES/54/30 op 1) and heldout23 (A/HRC/RES/59/24 op 1): "Requests the Office of the United
Nations High Commissioner for Human Rights to provide technical assistance and capacity-building to national
civilian authorities in penitentiary, security and justice matters, for a period of one year" and "Requests,
for a renewable period of two years, the Office ... to enhance its technical assistance and capacity-building
for national and local authorities and other relevant actors, including ..." had no term: only a logistical
support package was read as a service set up for a time. A service of technical assistance or
capacity-building asked for a period is now established for it, of its words up to the first comma that ends
no list (terms.yaml `services`); asked for no time, it sets no term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "1. Requests the Office of the United Nations High Commissioner for Human Rights to provide technical "
        "assistance and capacity-building to national civilian authorities in penitentiary, security and justice "
        "matters, for a period of one year, in order to improve the situation of human rights in Honduras;",
        [
            (
                1,
                "establishes",
                "technical assistance and capacity-building to national civilian authorities in penitentiary, "
                "security and justice matters",
                None,
                "P1Y",
            )
        ],
    ),
    (
        "1. Requests, for a renewable period of two years, the Office of the United Nations High Commissioner for "
        "Human Rights to enhance its technical assistance and capacity-building for national and local authorities "
        "and other relevant actors, including in coordination with other specialized international entities, in "
        "order to assist Colombia;",
        [
            (
                1,
                "establishes",
                "technical assistance and capacity-building for national and local authorities and other relevant "
                "actors",
                None,
                "P2Y",
            )
        ],
    ),
    (
        "2. Requests the Office of the United Nations High Commissioner for Human Rights to provide technical "
        "assistance and capacity-building to the Government, upon its request;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_service_asked_for_a_period(text, expected):
    r = resolution(text, date="2023-10-12", organ="HRC")
    assert terms(r, "op", "action", "of", "until", "period") == expected
