"""Found in heldout6 (05: S/RES/2195 (2014) ops 20-21): "21. Further requests that the report include recommendations
..., and that the report be submitted to the Council no later than six months from the adoption of this resolution"
asks for no report of its own and gives op 20's report its time (report_later); a paragraph that asks for a report of
its own keeps its time to itself."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests the Secretary-General to submit to the Council a report on the efforts of the United Nations "
        "entities to address the threat;\n\n21. Further requests that the report include recommendations of concrete "
        "options, and that the report be submitted to the Council no later than six months from the adoption of this "
        "resolution;",
        [(20, "2015-06-19", "P6M")],
    ),
    (
        "20. Requests the Secretary-General to submit to the Council a report on the threat;\n\n21. Requests the "
        "Secretary-General to brief the Council, and that the report be submitted no later than six months from the "
        "adoption of this resolution;",
        [(20, None, None), (21, "2015-06-19", "P6M")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_report_dated_later(text, expected):
    assert reports(resolution(text, date="2014-12-19"), "op", "due", "within") == expected
