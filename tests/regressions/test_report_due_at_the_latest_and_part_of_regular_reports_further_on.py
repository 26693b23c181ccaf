"""Found in heldout9 (12: S/RES/2037 (2012) op 20) and heldout5 (14: S/RES/2245 (2015) op 17): "within 60 days after
the formation of the new Government and at the latest 15 October 2012" is due on 15 October 2012 (the delay counted
from an event gives `within` alone); "to report to the Security Council in detail on the implementation of this
resolution, and specifically on any challenges faced by UNSOS in carrying out its mandate as part of Secretary-General's
regular reports on Somalia" asks for no report of its own (part of the regular reports), as "as part of his regular
reports" right after the verb does; the report of its second clause with its own time is still asked (S/RES/2793
(2025) op 24)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests also the Secretary-General to keep the Security Council regularly informed of the developments "
        "on the ground and to submit to the Security Council, within 60 days after the formation of the new Government "
        "and at the latest 15 October 2012, a report assessing the security and political situation;",
        "2012-02-23",
        [("SecretaryGeneral", "2012-10-15", "P60D")],
    ),
    (
        "17. Requests the Secretary-General to report to the Security Council in detail on the implementation of this "
        "resolution, and specifically on any challenges faced by UNSOS in carrying out its mandate as part of "
        "Secretary-General's regular reports on Somalia;",
        "2015-11-09",
        [],
    ),
    (
        "24. Requests the Secretary-General to report to the Security Council in detail on the implementation of this "
        "resolution, including but not limited to on any challenges faced by the GSF and UNSOH in carrying out their "
        "mandates as part of Secretary-General's regular reports on Haiti; and further requests the Secretary-General "
        "to develop, in coordination with the Haitian authorities, and report to the Security Council, within three "
        "months of the adoption of this resolution, on benchmarks;",
        "2025-09-30",
        [("SecretaryGeneral", "2025-12-30", "P3M")],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_due_and_part_of_reports(text, adopted, expected):
    assert reports(resolution(text, date=adopted), "by", "due", "within") == expected
