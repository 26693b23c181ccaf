"""A report asked for with what it is to hold listed in sub-paragraphs after a colon ("to report to the
Council every three months ..., including on: (i) ...; (iv) ... an assessment of the outcomes of the
strategic dialogue", S/RES/2277 (2016) op 50 and its MONUSCO twins; "a report by May 2010 ..., which would
include, inter alia: ... (d) ... in the annexes to his periodic reports, ... during informal briefings to be
held", S/RES/1882 (2009) op 19; "(c) To consider, monitor and report the environmental impacts", S/RES/2820
(2026) op 11, heldout5): the report words of the list are its contents, not reports of their own (17 such
items of corpus-full), unless one has a time of its own ("(b) ... in a comprehensive written report to be
submitted within 90 days", S/RES/2820 op 11). A mission's tasks listed after "the following priority
tasks:" are no report's contents: a task to report stays a report."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "50. Requests the Secretary-General to report to the Council every three months on the implementation of "
        "MONUSCO's mandate, including on:\n\n(i) the situation on the ground, including updates on operations to "
        "neutralize armed groups;\n\n(ii) progress on the definition of an exit strategy for MONUSCO, and an "
        "assessment of the outcomes of the strategic dialogue with the Congolese authorities;",
        [(50, None, "P3M")],
    ),
    (
        "19. Requests the Secretary-General to submit a report by May 2010 on the implementation of its resolutions "
        "on children and armed conflict, which would include, inter alia:\n\n(a) Information on the criteria used "
        "for listing parties in the annexes to his periodic reports, bearing in mind the views expressed during "
        "informal briefings to be held before the end of 2009;",
        [(19, "2010-05", None)],
    ),
    (
        "11. Requests the Secretary-General to report to the Security Council on the implementation of the UNMISS "
        "mandate, including on:\n\n(a) the protection of civilians, in a comprehensive written report to be "
        "submitted within 90 days of the adoption of this resolution and every 90 days thereafter;\n\n(b) To "
        "consider, monitor and report the environmental impacts of its operations;",
        [(11, None, None), (11, "2009-09-29", "P90D")],
    ),
    (
        "34. Decides that the mandate of UNMISS shall include the following priority tasks:\n\n(a) To monitor, "
        "investigate, verify, and report immediately and publicly on violations of human rights;",
        [(34, None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_contents_listed_after_a_colon(text, expected):
    r = resolution(text, date="2009-07-01")
    assert reports(r, "op", "due", "every") == expected
