"""A report due "before this date": the date the paragraph gave before ("Expresses its intention to review by 15
October 2007 the mandates of UNOCI ..., and requests the Secretary-General to provide to it a report on these key
steps before this date", S/RES/1765 (2007) op 5; "until 15 October 2002, and requests the Secretary-General to report
to the Council prior to this date", 1424 op 1), or so long before it ("a report ... three weeks before this date",
1795 op 8, 1826 op 9, 1865 op 29, 1880 op 33: 21 days before the review). These gave no due."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Expresses its intention to review by 15 October 2007 the mandates of UNOCI, in the light of the progress "
        "achieved in the implementation of the key steps of the peace process, and requests the Secretary-General to "
        "provide to it a report on these key steps before this date;",
        "2007-07-16",
        ["2007-10-15"],
    ),
    (
        "9. Expresses its intention to review by 31 January 2009 the mandates of UNOCI, in the light of the progress "
        "achieved in the electoral process, and requests the Secretary-General to provide to it a report in this "
        "regard three weeks before this date;",
        "2008-07-29",
        ["2009-01-10"],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_a_report_due_before_this_date(text, date, want):
    assert reports(resolution(text, date=date), "due") == want
