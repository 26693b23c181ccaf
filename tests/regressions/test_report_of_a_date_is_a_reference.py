"""'his report of 21 June 2006', a report named by its date, refers to a report already out, asks for none:
"to incorporate in this report a detailed review of the extent to which the benchmarks set in the 14 August
2006 Addendum (S/2006/429/Add.1) to his report of 21 June 2006 (S/2006/429) have been met" (S/RES/1902 (2009)
op 22) and "to provide the Council, further to his report of 23 May 2001 (S/2001/513), an update of his views"
(S/RES/1370 (2001) op 9) each gave a report too many."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "9. Requests the Secretary-General to provide the Council, further to his report of 23 May 2001 (S/2001/513), "
        "an update of his views on how to take forward the issue of refugees and internally displaced persons;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (
        "22. Requests the Secretary-General to provide to the Council a full report on the implementation of the "
        "mandate of BINUB and requests the Secretary-General to incorporate in this report a detailed review of the "
        "extent to which the benchmarks set in the 14 August 2006 Addendum (S/2006/429/Add.1) to his report of 21 "
        "June 2006 (S/2006/429) have been met;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_of_a_date_is_a_reference(text, expected):
    r = resolution(text, date="2009-12-17")
    assert reports(r, "by", "to") == expected
