"""Found in heldout18 (A/RES/76/71 op 25: "Calls upon States and regional fisheries management organizations and
arrangements to collect and, where appropriate, report to the Food and Agriculture Organization of the United Nations
required catch and effort data, ..., and to establish processes to strengthen data collection and reporting by members
of regional fisheries management organizations": no report due, the gold's reading; two were read, one per reporter,
and again in each yearly twin, A/RES/74/18 op 24 to 80/109 op 34). A report verb whose object is data ("report ...
catch and effort data", "report data and information ... to the Office through the annual report questionnaires",
A/RES/75/198 op 94, 79/191 op 47), or "reporting" joined to data collection, hands over data (report_mentions); information
reported is still a report ("report to the Committee information about such travel", heldout13 S/RES/2653 (2022) op 4,
the guard below)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2021-12-09",
        "25. Calls upon States and regional fisheries management organizations and arrangements to collect and, where "
        "appropriate, report to the Food and Agriculture Organization of the United Nations required catch and effort "
        "data, and fishery-related information, in a complete, accurate and timely way; and, where they do not exist, "
        "to establish processes to strengthen data collection and reporting by members of regional fisheries "
        "management organizations and arrangements;",
        [],
    ),
    (
        "GA",
        "2023-12-05",
        "30. Calls upon States and regional fisheries management organizations and arrangements to collect and, where "
        "appropriate, report to the Food and Agriculture Organization of the United Nations required catch and effort "
        "data; and, where they do not exist, to establish processes to strengthen data collection, including through "
        "innovative technologies, and reporting by members of regional fisheries management organizations;",
        [],
    ),
    (
        "GA",
        "2024-12-17",
        "47. Invites Member States to regularly report data and information relating to all aspects of the world drug "
        "problem to the Office through the annual report questionnaires;",
        [],
    ),
    (
        "SC",
        "2022-10-21",
        "4. Requests the Secretary-General to report to the Security Council information about such travel;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_reporting_data_is_no_report(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "by", "to") == expected


def test_the_data_object_pattern_is_linear():
    from resgraph.extract import report_mentions
    from tests.growth import LINEAR, growth

    pattern = report_mentions.DATA_OBJECT
    assert growth(lambda n: " to the " + "Food " * n + "x", pattern.match, 1000) < LINEAR
