"""Beside the held-out gold's S/RES/2423 op 71: "Requests the Secretary-General to report on the
implementation of all aspects of this resolution as part of his regular reporting to the Security
Council" (S/RES/2124 (2013) op 30), "requests these forces to report on measures taken in this regard
as part of their regular reports to the Council" (S/RES/2149 (2014) op 37, S/RES/2217 (2015) op 42),
"requests that MINUSCA report on the contribution to SSR of this exemption, as part of its regular
reports to the Council" (S/RES/2507 (2020)), "to report, through his regular 90-day reports, on the technical
assistance" (S/RES/2406 (2018) op 34, held-out five, and S/RES/2327, 2459, 2514): each adds to reports asked for elsewhere, as "include in
his next report" does (tests/mandate_gold/README.md), and is no report due of its own. Nor is a report others feed ("invites the African Union to share
information ..., with the Secretary-General to inform his report", the same paragraphs) one the African
Union is asked for."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "30. Requests the Secretary-General to report on the implementation of all aspects of this resolution as part "
        "of his regular reporting to the Security Council on the situation in Somalia;",
        [],
    ),
    (
        "37. Decides that MISCA and the French forces operating in the CAR are exempt from the measures and requests "
        "these forces to report on measures taken in this regard as part of their regular reports to the Council;",
        [],
    ),
    (
        "34. Requests the Secretary-General to report, through his regular 90-day reports, on the technical "
        "assistance provided consistent with paragraph 28 above, invites the African Union to share information on "
        "progress made in the establishment of the Hybrid Court for South Sudan, with the Secretary-General to inform "
        "his report, and expresses the Security Council’s intention upon receipt of the Secretary-General’s reports to "
        "assess the work;",
        [],
    ),
    (  # the Secretary-General's report of its own stays one, the African Union's feeds it
        "30. Requests the Secretary-General to report to the Security Council within six months from the date of "
        "adoption of this resolution on the technical assistance provided, and invites the African Union to share "
        "information on progress made with the Secretary-General to inform his report;",
        [(30, "SecretaryGeneral", "2014-05-12")],
    ),
    (  # a report of its own stays one
        "31. Requests the Secretary-General to report to the Security Council on the situation in Somalia by 15 "
        "September 2014, as part of the follow-up to this resolution;",
        [(31, "SecretaryGeneral", "2014-09-15")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reporting_as_part_of_regular_reports(text, expected):
    r = resolution(text, date="2013-11-12")
    assert reports(r, "op", "by", "due") == expected
