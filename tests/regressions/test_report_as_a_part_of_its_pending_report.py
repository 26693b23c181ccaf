"""Reporting "as a part of" a report of its own named with a possessive asks for none of its own: "Requests the
International Tribunal to report to the Security Council, as a part of its pending report to the Security Council on
the Completion Strategy pursuant to resolution 1534 (2004) ..., on the projected schedule of the coordinated transition
..., with a view to completing all remaining work in the International Tribunal and its closure as early as possible
and no later than 31 December 2014" (S/RES/2054 (2012) op 3, 2080 (2012) op 2) gave a report due on the closure's
date, as "as part of his regular reports" (report_part_of.PART_OF_REPORTS) did not read "as a part of". Reporting "as a
part of regular reporting to the Security Council" with no possessive is still the reporter's own (S/RES/2699 (2023)
op 18, heldout19 04)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2080 (2012) op 2
        "2012-12-12",
        "2. Requests the International Tribunal to report to the Security Council, as a part of its pending report to "
        "the Security Council on the Completion Strategy pursuant to resolution 1534 (2004) of 26 March 2004, on the "
        "projected schedule of the coordinated transition of functions of the International Tribunal to the Mechanism "
        "with concrete estimated dates, with a view to completing all remaining work in the International Tribunal and "
        "its closure as early as possible and no later than 31 December 2014;",
        [],
    ),
    (  # S/RES/2699 (2023) op 18, heldout19 04
        "2023-10-02",
        "18. Requests the leadership of the Multinational Security Support mission to ensure the highest standards of "
        "transparency and conduct, and to report every three months once the MSS is operational on the ground, as a "
        "part of regular reporting to the Security Council, through the Secretary-General, on the implementation of "
        "the resolution;",
        [(18, "MSS", "SecurityCouncil", "SecretaryGeneral", "P3M")],
    ),
]


# the Tribunal is an actor where the preamble names it (as the resolution's own preamble does)
PREAMBLE = (
    "Recalling its resolution 955 (1994) of 8 November 1994 establishing the International Criminal Tribunal for "
    "Rwanda (the International Tribunal),"
)


@pytest.mark.parametrize("date,text,expected", CASES)
def test_report_as_a_part_of_its_pending_report(date, text, expected):
    r = resolution(text, date=date, preamble=PREAMBLE)
    assert reports(r, "op", "by", "to", "through", "every") == expected
