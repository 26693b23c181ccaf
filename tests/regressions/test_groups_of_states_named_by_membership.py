"""A group of States named by its membership stands for its members, as the golds list them: "the
Central Asian States", "the countries of the Central Asian region", "all States of the Central Asian
region" (heldout5 A/RES/79/5 ops 4, 8; "encourages them" after "the Central Asian Governments", op 2), "the
participating States of the Special Programme" (SPECA, A/RES/78/9 op 2), "the Presidents of the Mano River
Union member States" in 2003 (heldout4 S/RES/1470 op 13). They gave States (or Member States). The groups
are data (countries.yaml `groups`); one named among others' examples stays left out ("other relevant
international partners, including G5 Sahel States", heldout S/RES/2423 op 13). "Somalia's FMS and regional
governments" (heldout5 S/RES/2713 op 5): subnational governments, no States."""

import pytest

from tests.snippets import mandates, resolution

CENTRAL_ASIA = ("state:KAZ", "state:KGZ", "state:TJK", "state:TKM", "state:UZB")

CASES = [
    (
        "General Assembly",
        "4. Calls upon the countries of the Central Asian region to make effective use of the platform of regular "
        "consultative meetings of Heads of State;",
        [("calls-upon", CENTRAL_ASIA)],
    ),
    (
        "General Assembly",
        "2. Also welcomes the progress made by the Central Asian Governments in the peaceful settlement of their "
        "territorial and border issues, and encourages them to continue to work to resolve outstanding issues;",
        [("encourages", CENTRAL_ASIA)],
    ),
    (
        "General Assembly",
        "12. Also encourages the efforts of the partners of the Central Asian States and the international "
        "community as a whole to strengthen and expand cooperation with the countries of the region;",
        [("encourages", ("DevelopmentPartners", "InternationalCommunity"))],
    ),
    (
        "General Assembly",
        "2. Encourages the participating States of the Special Programme and the United Nations to explore the "
        "possibility of establishing a United Nations multi-partner trust fund;",
        [
            (
                "encourages",
                ("state:AFG", "state:AZE", *CENTRAL_ASIA, "UNSystemEntities"),
            )
        ],
    ),
    (
        "Security Council",
        "13. Urges the Presidents of the Mano River Union member States to continue their dialogue;",
        [("urges", ("state:GIN", "state:LBR", "state:SLE"))],
    ),
    (
        "Security Council",
        "13. Calls upon the members of the Monitoring Committee and other relevant international partners, "
        "including G5 Sahel States, to support the implementation of the Agreement;",
        [("calls-upon", ("DevelopmentPartners",))],
    ),
    (
        "Security Council",
        "5. Takes note of the recent military operations against Al-Shabaab and encourages the GFRS and Somalia’s "
        "FMS and regional governments to register all weapons captured;",
        [("encourages", ("state:SOM", "LocalGovernments"))],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_groups_of_states_named_by_membership(organ, text, expected):
    r = resolution(text, date="2023-12-01", organ=f"The {organ}")
    assert mandates(r, "verb", "addressees") == expected
