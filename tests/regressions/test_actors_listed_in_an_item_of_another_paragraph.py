"""Addressees and reporters named by reference to a lettered item of another paragraph (extract/listed_refs.py):
"Requests the organisations and states listed in paragraph 40.c of this resolution ... to provide to the Security
Council ... an update" (S/RES/2806 (2025) op 52, heldout13 06: the European Union, Türkiye, the United Kingdom and
the United States, one report each; 2776 (2025) op 47 names its item "38 (c)", a sub-paragraph) and "c. from
organisations and states listed in paragraph 34.c" in a list of reports (S/RES/2713 (2023) op 45, heldout5 03) gave
the generic States, or no report: the item's actors were never read (they are the list head's addressees too, where
the item follows a second verb). "any other Member State forces" in the item is
one of an open class, not listed by name. A whole paragraph named ("the States referred to in paragraphs 18 and 19
above"), a body's name ("the Panel of Experts referred to in paragraph 19 above", NOUNS) and an item of another
resolution are read as written."""

import pytest

from tests.snippets import mandates, reports, resolution

EXEMPTIONS_INLINE = (
    "40. Reaffirms that the measures referenced in paragraph 36 shall not apply to supplies of weapons intended "
    "solely for the support of, or use by: a. United Nations personnel, including UNTMIS and UNSOS; b. AUSSOM, and "
    "the Troop- and Police-Contributing Countries to AUSSOM; and, c. European Union training and support "
    "activities, Türkiye, the United Kingdom of Great Britain and Northern Ireland and the United States of America, "
    "as well as any other Member State forces, with a status of forces agreement or a memorandum of understanding "
    "with the GFRS, provided that they inform the Committee, for information purposes only, about the existence of "
    "such agreements;"
)
EXEMPTIONS_ITEMS = (
    "38. Decides that paragraph 4 shall not apply to supplies of weapons intended solely for the support of, or use "
    "by:\n\n(a) United Nations personnel, including UNTMIS and UNSOS;\n\n(b) AUSSOM, and the Troop- and "
    "Police-Contributing Countries to AUSSOM; and,\n\n(c) European Union training and support activities, Türkiye, "
    "the United Kingdom of Great Britain and Northern Ireland and the United States of America, as well as any other "
    "Member State forces, with a status of forces agreement or a memorandum of understanding with the GFRS;"
)
FOUR = ["EuropeanUnion", "state:TUR", "state:GBR", "state:USA"]

CASES = [
    (  # S/RES/2806 (2025) ops 40, 52: the item in its paragraph's own text
        EXEMPTIONS_INLINE + "\n\n52. Requests the organisations and states listed in paragraph 40.c of this "
        "resolution, or subsequently added, to provide to the Security Council, by 31 October 2026, an update on the "
        "support provided to Somalia since the adoption of this resolution;",
        [("requests", set(FOUR))],
        [(a, "SecurityCouncil", "2026-10-31") for a in FOUR],
    ),
    (  # S/RES/2776 (2025) ops 38, 47: the item a sub-paragraph
        EXEMPTIONS_ITEMS + "\n\n47. Requests the organisations and states listed in paragraph 38 (c) of this "
        "resolution, or subsequently added, to provide to the Security Council, by 13 November 2025, an update on the "
        "support provided to Somalia;",
        [("decides", {"SecurityCouncil"}), ("requests", set(FOUR))],
        [(a, "SecurityCouncil", "2025-11-13") for a in FOUR],
    ),
    (  # S/RES/2713 (2023) op 45 (c): a list of reports, the item "from" the reference
        EXEMPTIONS_ITEMS + "\n\n45. Requests the following reports to the Security Council: a. from the "
        "GFRS, by 1 May 2024, reports on the security institutions; b. from organisations "
        "and states listed in paragraph 38 (c) of this resolution, or subsequently added, by 15 November 2024, an "
        "update on the support provided to Somalia since the adoption of this resolution;",
        [("decides", {"SecurityCouncil"}), ("requests", {"state:SOM", *FOUR})],
        [("state:SOM", "SecurityCouncil", "2024-05-01")] + [(a, "SecurityCouncil", "2024-11-15") for a in FOUR],
    ),
    (  # S/RES/2713 (2023) op 45: the item after a second verb in the list, its reporters still the head's addressees
        EXEMPTIONS_ITEMS + "\n\n45. Requests the following reports to the Security Council: a. from the GFRS, by 1 May "
        "2024, reports on the security institutions; b. from the Secretary-General: i. an update on progress against "
        "each indicator set out in the benchmarks contained with the technical assessment report (S/2022/698) by 15 "
        "October 2024, and requests that this assessment is: 1. extended to all regions of "
        "Somalia where practicable; c. from organisations and states listed in paragraph 38 (c) of this resolution, "
        "or subsequently added, by 15 November 2024, an update on the support provided to Somalia;",
        [
            ("decides", {"SecurityCouncil"}),
            ("requests", {"state:SOM", "SecretaryGeneral", *FOUR}),
            ("requests", {"SecretaryGeneral"}),
        ],
        [("state:SOM", "SecurityCouncil", "2024-05-01"), ("SecretaryGeneral", "SecurityCouncil", "2024-10-15")]
        + [(a, "SecurityCouncil", "2024-11-15") for a in FOUR],
    ),
    (  # a whole paragraph named: the noun as written (A/RES/76/106 op 20 and its yearly twins)
        "18. Strongly urges States to take all appropriate measures to ensure that crimes by United Nations officials "
        "do not go unpunished;\n\n19. Urges all States to consider establishing jurisdiction over such crimes;\n\n"
        "20. Urges the States referred to in paragraphs 18 and 19 above to provide to the Secretary-General periodic "
        "updates;",
        [("urges", {"States"}), ("urges", {"States"}), ("urges", {"States"})],
        [("States", "SecretaryGeneral", None)],
    ),
    (  # an item of another resolution: read as written
        "4. Decides that all States shall take the necessary measures to prevent the entry into their territories "
        "of: (a) individuals who constitute a threat to the peace process;\n\n21. Requests the States referred to in "
        "paragraph 4 (a) of resolution 1521 (2003) to report to the Secretary-General within 90 days;",
        [("decides", {"States"}), ("requests", {"States"})],
        [("States", "SecretaryGeneral", "2024-02-29")],
    ),
]


@pytest.mark.parametrize("text,expected_mandates,expected_reports", CASES)
def test_the_actors_of_the_item_named(text, expected_mandates, expected_reports):
    r = resolution(text, date="2023-12-01", organ="The Security Council")
    assert [(verb, set(who)) for verb, who in mandates(r, "verb", "addressees")] == expected_mandates
    assert sorted(reports(r, "by", "to", "due")) == sorted(expected_reports)
