"""Held-out gold, heldout25 18 (S/RES/2465 (2019) op 6): "Requests the Secretary-General to inform it of progress in
implementing any steps taken per paragraph 3, in writing, no later than 15 September 2019" gave no report, while keeping
an organ informed by a deadline date is one (tests/mandate_gold/README.md, "What counts"). Informing the Council or
"it" by a date of its own is read as keeping it informed by that date is (report_addressed._dated), written where the
clause says "in writing"; a bare relative time ("within nine months": heldout15 13, heldout20 13, heldout25 14 op 16
read none), a date of the topic ("progress made by"), and an urging (no request: heldout18 08 op 5) still give none."""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("op", "by", "to", "due", "within", "form")
CASES = [
    # S/RES/2465 (2019) op 6, heldout25 18
    (
        "2019-04-12",
        "6. Requests the Secretary-General to inform it of progress in implementing any steps taken per paragraph 3, "
        "in writing, no later than 15 September 2019;",
        [(6, "SecretaryGeneral", "SecurityCouncil", "2019-09-15", None, "written")],
    ),
    # S/RES/1566 (2004) op 11
    (
        "2004-10-08",
        "11. Requests the Secretary-General to take, as a matter of urgency, appropriate steps to make the CTED fully "
        "operational and to inform the Council by 15 November 2004;",
        [(11, "SecretaryGeneral", "SecurityCouncil", "2004-11-15", None, None)],
    ),
    # S/RES/2412 (2018) op 4: the participle "taken" is the topic's, far before the date
    (
        "2018-04-23",
        "4. Requests the Secretary-General to inform it of progress in implementing any steps taken per paragraph 3 as "
        "well as paragraph 9 of resolution 2386 (2017) no later than 15 September 2018;",
        [(4, "SecretaryGeneral", "SecurityCouncil", "2018-09-15", None, None)],
    ),
    # S/RES/1846 (2008) op 16, heldout15 13: no date, none
    (
        "2008-12-02",
        "16. Requests States and regional organizations cooperating with the TFG to inform the Security Council and "
        "the Secretary-General within nine months of the progress of actions undertaken in the exercise of the "
        "authority provided in paragraph 10 above;",
        [],
    ),
    # S/RES/2056 (2012) op 28: "progress made by" may date the progress, none
    (
        "2012-07-05",
        "28. Requests the Secretary-General to inform the Council on progress made by 15 September 2012;",
        [],
    ),
    # S/RES/1810 (2008) op 5, heldout18 08: urged, not requested, none
    (
        "2008-04-25",
        "5. Urges States and international, regional and subregional organizations to inform the Committee as "
        "appropriate by 25 June 2008 of areas in which they are able to provide assistance;",
        [],
    ),
]


@pytest.mark.parametrize(("date", "text", "expected"), CASES)
def test_informing_an_organ_by_a_deadline_date(date, text, expected):
    assert reports(resolution(text, date=date), *FIELDS) == expected
