"""heldout7's misses of `due` (tests/mandate_gold/heldout7/README.md): a delay is counted from the adoption where
the text says so in any wording ("within 30 days of its adoption", S/RES/2014 (2011) op 12; "within three months
of the adoption of the resolution", S/RES/1634 (2005) op 4; "of the passage of this resolution", S/RES/1769 (2007)
op 6): due = adoption + delay; not where it runs from another event, said as the adoption of something else ("180
days from the date of adoption of the form developed pursuant to paragraph 47", S/RES/2734 (2024) op 49) or as a
condition of the paragraph ("in cases when inspection ... is undertaken, to submit ... within five working days",
S/RES/1803 (2008) op 12; "if prohibited items ... are found, further requires such Member States to submit ...
within 30 days", S/RES/2683 (2023) op 11 and its yearly twins): within alone; nor in working days ("within five
working days of the adoption of this resolution", S/RES/2720 (2023) op 14: no calendar date, as the heldout gold
reads "within 100 working days of its adoption")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "12. Requests the Secretary-General to report on implementation of this resolution within 30 days of its "
        "adoption and every 60 days thereafter;",
        "2011-10-21",
        [("P30D", "2011-11-20", "P60D")],
    ),
    (
        "4. Requests the Secretary-General's Personal Envoy to provide a briefing, within three months of the "
        "adoption of the resolution, on the progress of his efforts;",
        "2005-10-28",
        [("P3M", "2006-01-28", None)],
    ),
    (
        "6. Requests the Secretary General to report to the Council within 30 days of the passage of this "
        "resolution and every 30 days thereafter;",
        "2007-07-31",
        [("P30D", "2007-08-30", "P30D")],
    ),
    (
        "49. Calls upon all States to submit an updated report to the Committee no later than 180 days from the date "
        "of adoption of the form developed pursuant to paragraph 47 on their implementation;",
        "2024-06-10",
        [("P180D", None, None)],
    ),
    (
        "12. Requires all States, in cases when inspection mentioned in the paragraph above is undertaken, to submit "
        "to the Security Council within five working days a written report on the inspection;",
        "2008-03-03",
        [("P5D", None, None)],
    ),
    (
        "11. Requires any Member State when it undertakes an inspection pursuant to paragraph 9 of this resolution, "
        "to submit promptly an initial written report to the Committee containing, in particular, explanation of "
        "the grounds for the inspections, the results of such inspections, and whether or not cooperation was "
        "provided, and, if prohibited items for supply, sale, or transfer are found, further requires such Member "
        "States to submit to the Committee within 30 days a subsequent written report containing relevant details "
        "on the inspection, seizure, and disposal;",
        "2023-05-30",
        [("P30D", None, None)],
    ),
    (
        "14. Requests the Secretary-General to report to the Security Council in writing within five working days "
        "of the adoption of this resolution on the implementation of resolution 2712 (2023);",
        "2023-12-22",
        [("P5D", None, None)],
    ),
    (
        "17. Requests the Secretary-General to report to the Council within 90 days of the adoption of this "
        "resolution;",
        "2014-02-22",
        [("P90D", "2014-05-23", None)],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_a_delay_counts_from_the_adoption_only_where_said(text, date, want):
    r = resolution(text, date=date)
    # the reports given a delay (S/RES/2683's first, "promptly", is read in its document only)
    assert [x for x in reports(r, "within", "due", "every") if x[0]] == want
