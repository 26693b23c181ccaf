"""A report named with the date it bears ("his report dated 21 June 2006") is one issued, referred to: no report of its
own, and no place the report asked is given in. "Requests the Secretary-General to continue to report regularly to the
Council on ... the benchmarks contained in the addendum to his report dated 21 June 2006 (S/2006/429/Add.1)" (S/RES/1791
(2007) op 8, heldout33 13) read two reports, the verb's and the dated one; "to report to the Council on the benchmarks
contained in his report dated ..." read none, the verb's report taken as a part of the dated one ("in his report").
A report asked with a time of its own ("his next report by 30 June 2008") stays."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "8. Requests the Secretary-General to continue to report regularly to the Council on the implementation of the "
        "mandate of BINUB and the progress regarding the benchmarks contained in the addendum to his report dated 21 "
        "June 2006 (S/2006/429/Add.1), and to keep the Council informed of the progress towards the eventual transition "
        "from the integrated office to a primarily development-focused engagement;",
        [(8, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (
        "8. Requests the Secretary-General to report to the Council on the benchmarks contained in his report dated 21 "
        "June 2006;",
        [(8, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (  # must not take: the report asked, with its own date
        "8. Requests the Secretary-General to submit his next report by 30 June 2008;",
        [(8, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (  # must not take: a report put in the Secretary-General's reports, no date of issue
        "8. Requests the Secretary-General to report on the benchmarks in his regular reports;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_dated_is_a_reference(text, expected):
    r = resolution(text, date="2007-12-19")
    assert reports(r, "op", "by", "to", "form") == expected
