"""heldout7 16 op 16 (f) (S/RES/2206 (2015)), the extra item: "To report within 60 days to the Security Council on
its work and thereafter to report as deemed necessary by the Committee" is one report, due in 60 days (the gold: "the
first report and the later ones", as "report ... within one week ... and subsequently on a regular basis"); the
sanctions committees of 1970, 2048, 2127, 2140 alike; with a cycle, "and thereafter to report on an annual basis"
(S/RES/2653 (2022) op 19) is one report due in 60 days and yearly, as "within 30 days and every 60 days thereafter"."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "16. Decides to establish a Committee of the Security Council consisting of all the members of the Council "
        "(herein “the Committee”), to undertake the following tasks:\n\n"
        "(f) To report within 60 days to the Security Council on its work and thereafter to report as deemed "
        "necessary by the Committee;",
        "2015-03-03",
        [("2015-05-02", "P60D", None)],
    ),
    (
        "19. Requests the Secretary-General to report within 60 days to the Security Council on its work and "
        "thereafter to report on an annual basis;",
        "2022-10-21",
        [("2022-12-20", "P60D", "P1Y")],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_reporting_thereafter_continues_the_first_report(text, date, want):
    r = resolution(text, date=date)
    assert reports(r, "due", "within", "every") == want
