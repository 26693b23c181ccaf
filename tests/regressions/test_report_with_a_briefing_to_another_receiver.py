"""A report listed ", with a briefing to" a receiver of its own is a report of its own, given with the one before it
and at its time: "Requests the Secretary-General to submit to the Security Council regular reports every six months on
the implementation of this resolution and to submit a report within six months, with a briefing to the Committee
established pursuant to its resolution 2048 (2012), on the progress made ..." (S/RES/2343 (2017) op 22, the heldout12
gold: the report to the Council within six months and the briefing to the 2048 Committee, oral, within six months too;
the Guinea-Bissau twins S/RES/2404 (2018) op 28 and 2458 (2019) op 33). "with a briefing" read as the means of the
report (report_within.WITH_BEFORE) had the report go to the Committee, written, and no briefing."""

import pytest

from resgraph.extract import report_instances, report_pairs
from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

PREAMBLE = "Recalling its resolution 2048 (2012) and the Committee established pursuant to it,"
FIELDS = ("by", "to", "due", "within", "every", "form")

CASES = [
    (
        "22. Requests the Secretary-General to submit to the Security Council regular reports every six months on the "
        "implementation of this resolution and to submit a report within six months, with a briefing to the Committee "
        "established pursuant to its resolution 2048 (2012), on the progress made with regards to the stabilization "
        "of the country and restoration of constitutional order and recommendations on the continuation of the "
        "sanctions regime in the post-election environment, in line with paragraph 12 of resolution 2048 (2012);",
        "2017-02-23",
        [
            ("SecretaryGeneral", "SecurityCouncil", None, None, "P6M", "written"),
            ("SecretaryGeneral", "SecurityCouncil", "2017-08-23", "P6M", None, "written"),
            ("SecretaryGeneral", "SanctionsCommittee", "2017-08-23", "P6M", None, "oral"),
        ],
    ),
    # a dated one: the briefing is given by the same date
    (
        "5. Requests the Secretary-General to report to the Security Council by 1 May 2017 on the situation, with a "
        "briefing to the Committee established pursuant to resolution 2048 (2012) on the measures;",
        "2017-02-23",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2017-05-01", None, None, "written"),
            ("SecretaryGeneral", "SanctionsCommittee", "2017-05-01", None, None, "oral"),
        ],
    ),
    # no receiver of its own after it: still the means of the report ("together with a report")
    (
        "6. Requests the Secretary-General to submit recommendations to the Security Council by 1 May 2017, with a "
        "report on the situation;",
        "2017-02-23",
        [],
    ),
]


@pytest.mark.parametrize("text, date, expected", CASES)
def test_report_with_a_briefing_to_another_receiver(text, date, expected):
    r = resolution(text, date=date, preamble=PREAMBLE)
    assert reports(r, *FIELDS) == expected


def test_the_patterns_grow_linearly():
    assert growth(lambda n: ", with" + " " * n + "a x", lambda t: report_pairs.GIVEN_WITH.search(t), 500) < LINEAR
    assert growth(lambda n: " " * n + "to the x", lambda t: report_instances.RECEIVER_NEXT.match(t), 500) < LINEAR
