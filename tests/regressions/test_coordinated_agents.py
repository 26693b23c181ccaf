"""The agents of a nominal activity named by coordinated modifiers are all asked (the addressee convention from stop
27): "coordinated action by all relevant subregional, regional and international partners of Guinea-Bissau"
(heldout12 S/RES/2343 (2017) op 15: DevelopmentPartners, RegionalPartners; it asked no one, the modifiers before
"by"'s agent more than two), "closer cooperation between development and humanitarian actors" (A/RES/74/118 op 23:
it gave HumanitarianActors alone), "further efforts by relevant national and international actors" (A/RES/74/206
op 15 and six renewals). A body the vocabulary names by a longer phrase is asked too: "all military forces operating
in Mali" (S/RES/2640 (2022) op 47)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "15. Encourages coordinated action by all relevant subregional, regional and international partners of "
        "Guinea-Bissau in this field in order to obtain expeditious and positive results;",
        [("encourages", ("RegionalPartners", "DevelopmentPartners"))],
        "Security Council",
    ),
    (
        "23. Encourages closer cooperation between development and humanitarian actors, in coordination with Member "
        "States;",
        [("encourages", ("DevelopmentPartners", "HumanitarianActors"))],
        "General Assembly",
    ),
    (
        # (the national actors Stakeholders since "national actors" is the vocabulary's alias: heldout37 A/RES/80/211
        # op 12, heldout11 A/HRC/RES/59/12 op 20 "regional and national actors"; each modifier's actors, as heldout18's
        # "all regional and international actors" -> RegionalPartners, InternationalCommunity)
        "15. Encourages further efforts by relevant national and international actors to mitigate transfer pricing;",
        [("encourages", ("Stakeholders", "InternationalCommunity"))],
        "General Assembly",
    ),
    (
        "5. Encourages increased support by donor and host countries;",
        [("encourages", ("Donors", "States"))],
        "General Assembly",
    ),
    (
        "47. Calls upon all military forces operating in Mali to take them into account;",
        [("calls-upon", ("MilitaryForcesMali",))],
        "Security Council",
    ),
    # (a group's members share one span: the list goes on past them, all asked; it kept one member, drawn by the
    # order of a set, and lost the rest of the list, A/RES/78/147 op 9)
    (
        "9. Encourages greater efforts by Central Asian countries, Member States, all relevant stakeholders and the "
        "international community towards the conservation of mountain ecosystems;",
        [
            (
                "encourages",
                {
                    "state:KAZ",
                    "state:KGZ",
                    "state:TJK",
                    "state:TKM",
                    "state:UZB",
                    "MemberStates",
                    "Stakeholders",
                    "InternationalCommunity",
                },
            )
        ],
        "General Assembly",
    ),
    # (an agent's participle: the author of a thing, not asked)
    (
        "6. Encourages the implementation of the legislation adopted by national and local authorities;",
        [("encourages", ())],
        "General Assembly",
    ),
]


@pytest.mark.parametrize("text,expected,organ", CASES)
def test_coordinated_agents(text, expected, organ):
    r = resolution(text, date="2021-06-08", organ=f"The {organ}")
    got = [
        (verb, set(ids) if isinstance(want, set) else ids)
        for (verb, ids), (_, want) in zip(mandates(r, "verb", "addressees"), expected, strict=True)
    ]
    assert got == expected
