"""A report a treaty already requires, named as what States are to comply with, is a duty restated, no report due:
"Calls upon States that have accepted the amendments to regulation XI-1/6 of the International Convention for the
Safety of Life at Sea ... to comply with the mandatory conduct of a marine safety investigation into very serious marine
casualties and submission of a marine safety investigation report to the International Maritime Organization"
(A/RES/76/72 op 168, heldout19 26: no report, one per casualty with no time; the same words in the yearly oceans texts
74/19 to 80/110, 7 in corpus-full) gave a report of States to UNFundsProgrammes."""

import pytest

from resgraph.extract import report_mentions
from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "168. Calls upon States that have accepted the amendments to regulation XI-1/6 of the International "
        "Convention for the Safety of Life at Sea, 1974, to implement the Code, and, in particular, to comply with the "
        "mandatory conduct of a marine safety investigation into very serious marine casualties and submission of a "
        "marine safety investigation report to the International Maritime Organization to identify trends;",
        [],
    ),
    (  # a report asked, not complied with
        "168. Requests the Secretary-General to submit a report to the General Assembly at its seventy-seventh "
        "session on the implementation of the present resolution;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_submission_complied_with_is_no_report(text, expected):
    r = resolution(text, date="2021-12-09", organ="The General Assembly")
    assert reports(r, "by", "to") == expected


def test_complied_with_reads_in_linear_time():
    def make(n):
        return "comply with " + "x " * n + "submission of a " + "y " * n

    assert growth(make, lambda t: report_mentions.complied_with(t, 0, len(t)), 2000) < LINEAR
