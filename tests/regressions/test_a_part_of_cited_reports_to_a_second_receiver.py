"""A report that is a part of another paragraph's reports, handed also to a receiver those reports do not go to, was
no report: "to report, as part of the reports referred to in paragraph 14 above, on this to the Security Council and
troop-contributing countries" (S/RES/2113 (2013) op 29, heldout41 14; 1935 (2010), 2003 (2011), 2063 (2012) the same)
read as "include in his next report" only. The gold counts one item, to the troop-contributing countries, on paragraph
14's time (every P90D); the part for the Council is paragraph 14's report, no item of its own (as heldout34 15 op 23,
"to the Security Council and Troop Contributing Countries in each quarterly report", reads the second receiver). Near
misses: the part for the Council alone, or with no receiver joined, stays no item."""

import pytest

from resgraph.extract.report_refs import part_cited
from tests.snippets import reports, resolution

OP14 = (
    "14. Requests the Secretary-General to continue reporting to the Council every 90 days on progress in the "
    "implementation of UNAMID’s mandate;\n\n"
)
OP14_ITEM = (14, "SecretaryGeneral", "SecurityCouncil", None, "P90D", "written")

CASES = [
    (
        "29. Requests the Secretary-General periodically to review and update the concept of operations and rules of "
        "engagement of UNAMID in line with the mission’s mandate under relevant Security Council resolutions and to "
        "report, as part of the reports referred to in paragraph 14 above, on this to the Security Council and "
        "troop-contributing countries;",
        [OP14_ITEM, (29, "SecretaryGeneral", "TroopPoliceContributors", None, "P90D", "written")],
    ),
    (  # the receivers before the reports named
        "29. Requests the Secretary-General to report on this to the Security Council and troop-contributing "
        "countries in the report referred to in paragraph 14 above;",
        [OP14_ITEM, (29, "SecretaryGeneral", "TroopPoliceContributors", None, "P90D", "written")],
    ),
    (  # "paragraph 14 of this resolution" is the same paragraph as "paragraph 14 above"
        "29. Requests the Secretary-General to report, as part of the reports referred to in paragraph 14 of this "
        "resolution, on this to the Security Council and troop-contributing countries;",
        [OP14_ITEM, (29, "SecretaryGeneral", "TroopPoliceContributors", None, "P90D", "written")],
    ),
    (  # near miss: paragraph 14 of another resolution is no paragraph of this text
        "29. Requests the Secretary-General to report, as part of the reports referred to in paragraph 14 of "
        "resolution 1769 (2007), on this to the Security Council and troop-contributing countries;",
        [OP14_ITEM],
    ),
    (  # near miss: to the Council alone, paragraph 14's report
        "29. Requests the Secretary-General to report, as part of the reports referred to in paragraph 14 above, on "
        "this to the Security Council;",
        [OP14_ITEM],
    ),
    (  # near miss: "and" joins another task, not a receiver
        "29. Requests the Secretary-General to report, as part of the reports referred to in paragraph 14 above, on "
        "this to the Security Council, and to continue consultations with troop-contributing countries;",
        [OP14_ITEM],
    ),
]


def test_a_part_mark_is_no_time_of_its_paragraph():
    """A report marked a part of paragraph 14's gives its own paragraph no time: "in the timeframe identified in
    paragraph 29" reads paragraph 14's cycle through it, never the mark (found by review: every='part:14' leaked)."""
    op29 = (
        "29. Requests the Secretary-General to report, as part of the reports referred to in paragraph 14 above, on "
        "this to the Security Council and troop-contributing countries;\n\n"
        "30. Requests the Panel of Experts to report to the Committee in the timeframe identified in paragraph 29 "
        "above;"
    )
    r = resolution(OP14 + op29, date="2013-07-30")
    assert not any((e or "").startswith(("part:", "paragraph:")) for e in reports(r, "every"))


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_part_of_cited_reports_to_a_second_receiver(text, want):
    r = resolution(OP14 + text, date="2013-07-30")
    assert reports(r, "op", "by", "to", "due", "every", "form") == want


@pytest.mark.parametrize(
    ("clause", "want"),
    [
        (
            ", as part of the reports referred to in paragraph 14 above, on this to the Security Council and to the "
            "troop-contributing countries;",
            14,
        ),
        (
            ", as part of the reports referred to in paragraph 14 above, on this to the Security Council and to "
            "troop-contributing countries;",
            14,
        ),
        # near miss: "and" joins another task ("to continue ..."), no second receiver, whatever the receivers read
        (
            ", as part of the reports referred to in paragraph 14 above, on this to the Security Council, and to "
            "continue consultations with troop-contributing countries;",
            None,
        ),
    ],
)
def test_a_second_receiver_is_no_second_task(clause, want):
    """The regex itself rejects an "and" that joins another task ("to the Security Council, and to continue ..."):
    the item was dropped only because its receiver, the Council, is paragraph 14's (found by review)."""
    text = "to report" + clause
    assert part_cited(text, len("to report"), len(text)) == want
