"""A list of reports whose items name their reporters ("Requests the following reports to the Security
Council: a. from the GFRS, ..., by 1 May 2024 and then by 1 October 2024, reports which includes: i. ...;
b. from the Secretary-General: i. an update ... by 15 October 2024", S/RES/2713 (2023) op 45, the
heldout5 gold) gave no report when its items stay in the paragraph's text (lettered "a.", not "(a)"):
the list's head asked no one, the reporter named after "a. from" was too far from its report, and the
items after "which includes:" were taken as what the first report holds. Each item opening "from X" is
now a clause of its own, X its reporter (and an addressee of the verb); an item from someone the
vocabulary does not know ("c. from organisations and states listed in paragraph 34.c") gives none rather
than a wrong reporter."""

import pytest

from tests.snippets import mandates, reports, resolution

ONE_PARAGRAPH = (
    "45. Requests the following reports to the Security Council: a. from the GFRS, in coordination and collaboration "
    "with Somalia's FMS and regional governments as appropriate, and in accordance with paragraph 9 of resolution "
    "2182 (2014) and as requested in paragraph 7 of resolution 2244 (2015), by 1 May 2024 and then by 1 October "
    "2024, reports which includes: i. a description of Somalia's security and police institutions; ii. a consolidated "
    "list of the weapons imported in the reporting period, including: the manufacturer, type, calibre; iii. the "
    "reports of the Joint Verification Team (JVT) requested in paragraph 7 of resolution 2182 (2014); and, iv. an "
    "update on specific actions taken by Somali Government authorities to counter the financing of terrorism; b. "
    "from the Secretary-General: i. an update on progress against each indicator set out in the benchmarks "
    "contained with the technical assessment report (S/2022/698) by 15 October 2024, and requests that this "
    "assessment is: 1. extended to all regions of Somalia where practicable; and, 2. elaborates an additional "
    "benchmark on the safe management of chemical precursors; c. from organisations and states listed in "
    "paragraph 34.c of this resolution, or subsequently added, by 15 November 2024, an update on the support "
    "provided to Somalia since the adoption of this resolution;"
)

CASES = [
    (
        ONE_PARAGRAPH,
        [
            ("state:SOM", "SecurityCouncil", "2024-05-01"),
            ("state:SOM", "SecurityCouncil", "2024-10-01"),
            ("SecretaryGeneral", "SecurityCouncil", "2024-10-15"),
        ],
    ),
    (  # the reporter in the list's head, no item "from": one reporter for all (S/RES/2705 (2023) op 14)
        "14. Requests the following reports from the Secretary-General: a. regular updates on the situation in "
        "Somalia, including no fewer than three written reports, with the first report due by 1 February 2024, and "
        "every 120 days thereafter; and, b. an update on progress made in implementing the recommendations set out "
        "in the strategic review (S/2022/716) by 1 September 2024;",
        [("SecretaryGeneral", "SecurityCouncil", "2024-02-01"), ("SecretaryGeneral", "SecurityCouncil", "2024-09-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_each_item_its_reporter(text, expected):
    got = reports(resolution(text, date="2023-12-01", organ="The Security Council"), "by", "to", "due")
    assert sorted(got) == sorted(expected)


def test_the_reporters_are_asked():
    got = mandates(resolution(ONE_PARAGRAPH, date="2023-12-01", organ="The Security Council"), "verb", "addressees")
    assert ("requests", ("state:SOM", "SecretaryGeneral")) in got
