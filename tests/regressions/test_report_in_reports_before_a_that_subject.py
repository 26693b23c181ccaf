"""Blind gold heldout21 08 (S/RES/1564 (2004) op 15): "Requests that, in the monthly reports pursuant to resolution 1556
(2004), the Secretary-General report to the Council on the progress" was read as a report of its own every P1M: the
reports it is to be made in come before the that-clause's subject, which report_part_of.IN_REPORTS_BEFORE did not pass.
It is now a part of reports asked for elsewhere (tests/mandate_gold/README.md "include in his next report"): no item.
A that-clause with no such reports before its subject ("in the light of", "in consultation with") keeps its report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "15. Requests that, in the monthly reports pursuant to resolution 1556 (2004), the Secretary-General report to "
        "the Council on the progress or lack thereof by the Government of Sudan in complying with its demands;",
        [],
    ),
    ("15. Requests that, in his regular reports, the Secretary-General report on the progress made;", []),
    # near misses: no reports before the subject; a report of its own after the included one
    (
        "15. Requests that, in the light of the reports of the Panel, the Secretary-General report to the Council "
        "every month on the progress;",
        [("SecurityCouncil", "P1M", "written")],
    ),
    (
        "15. Requests that, in consultation with the Government, the Secretary-General report to the Council every "
        "month on the progress;",
        [("SecurityCouncil", "P1M", "written")],
    ),
    (
        "15. Requests that, in the monthly reports pursuant to resolution 1556 (2004), the Secretary-General include "
        "information, and that the Secretary-General report every three months;",
        [("SecurityCouncil", "P3M", "written")],
    ),
]


@pytest.mark.parametrize("text,want", CASES)
def test_report_in_reports_before_a_that_subject(text, want):
    r = resolution(text, date="2004-09-18")
    assert reports(r, "to", "every", "form") == want
