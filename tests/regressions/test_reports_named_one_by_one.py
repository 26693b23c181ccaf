"""Reports asked for in the plural and then named one by one (survey of 20 GA/HRC/ECOSOC resolutions, seed
20261213, and its checks over corpus-full): "to prepare reports for consideration by the General Assembly at its
seventy-fifth session, namely, a report on ... and a report on ..." (A/RES/74/19 op 364 and its five yearly
successors) gave three items, the two named ones with no session; now the two, each for the session
(report_namely.py)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "364. Requests the Secretary-General to prepare reports for consideration by the General Assembly at its "
        "seventy-fifth session, namely, a report on developments and issues relating to ocean affairs and the law of "
        "the sea, including the implementation of the present resolution, in accordance with resolutions 49/28, 52/26 "
        "and 54/33, and a report on the topic that is the focus of the twenty-first meeting of the Informal "
        "Consultative Process;",
        [("GeneralAssembly", 75, 2020), ("GeneralAssembly", 75, 2020)],
    ),
    # a plural with no list after it stays one item
    (
        "5. Requests the Secretary-General to submit reports to the General Assembly at its seventy-fifth session on "
        "the implementation of the present resolution;",
        [("GeneralAssembly", 75, 2020)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_named_one_by_one(text, expected):
    r = resolution(text, date="2019-12-10", organ="GA")
    assert reports(r, "to", "session", "year") == expected
