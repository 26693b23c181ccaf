"""Eighth held-out gold (S/RES/2340 (2017) op 4): "Requests the Panel of Experts to report, in the timeframe
identified in paragraph 3 of this resolution, on ..." gave a report with no time, where op 3 asks for updates every
three months; the same words recur in 2035, 2091, 2138, 2200 and 2265, and "with the same regularity as referred to in
paragraph 2, with a specific update" in S/RES/1870 (2009) op 27. The report takes the time of that paragraph's reports
(report_refs.same_time, once every report of the text is known), where they all have one time; a paragraph of
reports due at different times gives none."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
CASES = [
    (
        "3. Requests the Panel of Experts to provide updates every three months to the Committee regarding its "
        "activities;\n\n4. Requests the Panel of Experts to report, in the timeframe identified in paragraph 3 of this "
        "resolution, on the implementation and effectiveness of paragraph 10 of resolution 1945 (2010);",
        [(3, None, "P3M"), (4, None, "P3M")],
    ),
    (  # the time is the update's only, not the report's before it
        "2. Requests the Secretary-General to report to the Council every three months on the implementation of the "
        "mandate;\n\n27. Requests the Secretary-General to report on them to the Security Council, and to provide the "
        "Security Council, with the same regularity as referred to in paragraph 2, with a specific update on the "
        "security situation;",
        [(2, None, "P3M"), (27, None, None), (27, None, "P3M")],
    ),
    (  # reports due at different times: no one time to take
        "5. Requests the Panel of Experts to provide no later than 31 July 2012 a midterm briefing on its work and a "
        "final report no later than 15 December 2012 to the Council;\n\n7. Requests the Panel of Experts to report, "
        "in the timeframe identified in paragraph 5, on the implementation of paragraph 10 of resolution 1945 (2010);",
        [(5, "2012-07-31", None), (5, "2012-12-15", None), (7, None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_time_named_by_another_paragraph(text, expected):
    r = resolution(text, date="2012-02-17", organ=SC, preamble="Recalling its resolution 1591 (2005),")
    assert reports(r, "op", "due", "every") == expected
