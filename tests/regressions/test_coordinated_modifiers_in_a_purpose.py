"""Modifiers coordinated before a shared head among the parties of a purpose's joint activity: "encourages further
efforts to enhance coordination, cooperation and information-sharing, at both the headquarters and field levels, between
the United Nations, regional organizations and other humanitarian and non-governmental organizations" (A/RES/77/31 op 46
and the Assembly's yearly safety-of-humanitarian-personnel texts, 74/116 op 41 to 80/112 op 48) gave UNSystemEntities,
InternationalOrganizations: the agents read to the purpose's end (purpose.purpose_agents) took the actors of the
aliases alone, so "humanitarian and" named no one and the run of agents broke before "non-governmental organizations"
(heldout16 02, S/RES/2730 (2024) op 15, reads the like parties "regional organizations and humanitarian
organizations, including non-governmental organizations" as HumanitarianActors, CivilSociety too). They are now read as a
window's and an activity's are (modifiers.coordinated). Not taken: the beneficiaries or partners of the purpose, however
coordinated ("to protect humanitarian and non-governmental organizations", "cooperation with regional and
non-governmental organizations")."""

import time

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "46. Welcomes the steps taken by the Secretary-General thus far to strengthen partnerships, and encourages "
        "further efforts to enhance coordination, cooperation and information-sharing, at both the headquarters and "
        "field levels, between the United Nations, regional organizations and other humanitarian and non-governmental "
        "organizations on matters relating to the safety and security of humanitarian personnel and United Nations and "
        "associated personnel, with a view to addressing mutual security concerns in the field, and requests the "
        "Secretary-General in this respect to enhance further collaborative initiatives;",
        [
            ("encourages", {"UNSystemEntities", "InternationalOrganizations", "HumanitarianActors", "CivilSociety"}),
            ("requests", {"SecretaryGeneral"}),
        ],
    ),
    # (80/112 op 48: "information- and data-sharing, as appropriate,")
    (
        "48. Encourages further efforts to enhance coordination, cooperation and information- and data-sharing, as "
        "appropriate, at both the headquarters and field levels, between the United Nations, regional organizations and "
        "other humanitarian and non\u2011governmental organizations on matters relating to the safety and security of "
        "humanitarian personnel;",
        [("encourages", {"UNSystemEntities", "InternationalOrganizations", "HumanitarianActors", "CivilSociety"})],
    ),
    # no "other" before the modifiers, two parties only
    (
        "1. Encourages further efforts to enhance coordination between the United Nations and humanitarian and "
        "non-governmental organizations on these matters;",
        [("encourages", {"UNSystemEntities", "HumanitarianActors", "CivilSociety"})],
    ),
    # kept: the parties read before (heldout8 E/RES/2024/8 op 8)
    (
        "8. Urges efforts to enhance cooperation and coordination of United Nations humanitarian entities, other "
        "relevant humanitarian organizations and donor countries with the affected States;",
        [("urges", {"UNSystemEntities", "HumanitarianActors", "Donors"})],
    ),
    # near misses: coordinated modifiers of those protected, supported or cooperated with are no agents
    (
        "2. Encourages further efforts to protect humanitarian and non-governmental organizations from attacks;",
        [("encourages", set())],
    ),
    (
        "3. Encourages further efforts to provide support to regional and subregional organizations;",
        [("encourages", set())],
    ),
    (
        "4. Encourages efforts to strengthen cooperation with regional and non-governmental organizations;",
        [("encourages", set())],
    ),
    ("5. Encourages efforts to promote the work of the Committee against Torture;", [("encourages", set())]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_coordinated_modifiers_in_a_purpose(text, expected):
    r = resolution(text, date="2022-12-06", organ="GA")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


def test_a_long_run_of_coordinated_modifiers_stays_fast():
    words = ", ".join(["humanitarian"] * 300)
    text = (
        f"1. Encourages efforts to enhance coordination between the United Nations, {words} and {'  ' * 200}"
        "non-governmental organizations;"
    )
    t = time.perf_counter()
    resolution(text, date="2022-12-06", organ="GA")
    assert time.perf_counter() - t < 5
