"""A report due in a part of a year ("to brief the General Assembly in the first quarter of 2021", A/RES/75/193 op 56;
"to provide an update ... to the General Assembly in the second quarter of 2023", A/RES/77/1 op 12; "by mid-2025") had
no due: it is the month the part ends in, written as a month alone is ("2021-03"). Not a part of each year ("will brief
the Security Council in the first quarter of each year", heldout6 01 op 4: a cycle, no due)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/75/193 op 56
        "56. Requests the Secretary-General to brief the General Assembly in the first quarter of 2021 on the situation "
        "in the Syrian Arab Republic;",
        "GA",
        "2020-12-16",
        [(56, "SecretaryGeneral", "GeneralAssembly", "2021-03")],
    ),
    (
        "4. Requests the Secretary-General to report to the Security Council by mid-2025 on the implementation of this "
        "resolution;",
        "SC",
        "2024-06-16",
        [(4, "SecretaryGeneral", "SecurityCouncil", "2025-06")],
    ),
    (  # a part of each year: no due
        "4. Requests the Secretary-General to brief the Security Council in the first quarter of each year on the "
        "implementation of this resolution;",
        "SC",
        "2024-06-16",
        [(4, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("text,organ,adopted,expected", CASES)
def test_report_due_in_a_part_of_a_year(text, organ, adopted, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert reports(r, "op", "by", "to", "due") == expected
