"""Held-out golds: "Welcomes the contributions by the signatory States ..., and encourages their continuation"
(heldout A/RES/79/77 op 2), "Welcomes the strengthening of the ... initiatives undertaken by the administering Power,
and urges its continuation" (heldout4 A/RES/80/98 op 27), "commends ... the tireless efforts of all MONUSCO
contingents ..., and encourages the continuation of their efforts" (heldout S/RES/2076 op 13, heldout10 S/RES/2773
op 13) asked no one: the continuation asked for is of an activity named in the organ's clause just before, and its
agents there are asked (continued.py). A clause before naming no agent asks no one."""

import pytest

from tests.snippets import mandates, resolution

GA = "The General Assembly"
SC = "The Security Council"
CASES = [
    (
        GA,
        "2. Welcomes the contributions by the signatory States to the work of the Preparatory Commission for the "
        "Comprehensive Nuclear-Test-Ban Treaty Organization, in particular its efforts to ensure that the "
        "verification regime of the Treaty will be capable of meeting the verification requirements of the Treaty, "
        "and encourages their continuation;",
        [("encourages", {"States"})],
    ),
    (
        GA,
        "27. Welcomes the strengthening of the economic and social rebalancing initiatives undertaken by the "
        "administering Power, and urges its continuation in all areas and communities of the Territory;",
        [("urges", {"AdministeringPowers"})],
    ),
    (
        SC,
        "13. Reaffirms its full support to MONUSCO in the implementation of its mandate, commends in this regard the "
        "tireless efforts of all MONUSCO contingents, particularly in and around Goma, and encourages the "
        "continuation of their efforts;",
        [("encourages", {"MONUSCO"})],
    ),
    (  # heldout43 S/RES/2021 (2011) op 14: an aside after the continuation names others, not its agents
        SC,
        "14. Welcomes the ongoing efforts of the Congolese authorities to fight against impunity and encourages their "
        "continuation, including against perpetrators of human rights abuses, including those committed by any illegal "
        "armed groups or elements of the FARDC;",
        [("encourages", {"state:COD"})],
    ),
    (  # review Y2: an aside after "by" names more agents of the going on, asked beside the owner
        SC,
        "14. Welcomes the efforts of the Government of Somalia to promote reconciliation and encourages their "
        "continuation, including by the federal member states and civil society;",
        [("encourages", {"state:SOM", "LocalGovernments", "CivilSociety"})],
    ),
    (  # near miss: an aside with no "by" asks the owner alone
        SC,
        "14. Welcomes the efforts of the Government of Somalia to promote reconciliation and encourages their "
        "continuation, in particular with the support of UNSOM and the African Union;",
        [("encourages", {"state:SOM"})],
    ),
    (  # near miss: no continuation asked, the window's own actors
        SC,
        "14. Welcomes the ongoing efforts of the Congolese authorities and encourages all armed groups to disarm;",
        [("encourages", {"PartiesToConflict"})],
    ),
    (  # a meeting held is no actor's activity
        GA,
        "14. Notes the second International Expert Meeting on the Return of Stolen Assets, held in Addis Ababa, and "
        "encourages the continuation of its work in advancing efforts;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_continuation_of_an_activity_named_before(organ, text, expected):
    r = resolution(text, date="2020-12-07", organ=organ)
    assert [(verb, set(a)) for verb, a in mandates(r, "verb", "addressees")] == expected
