""" "brief" as an adjective before the report's noun says its length, not its form: "Requests the Group of Experts to
submit a brief written update to the Council, through the Committee ..., before 1 December 2005" (S/RES/1632 (2005)
op 2, 1708 (2006) op 2) was read oral, the verb "brief" found in "brief written update"; a written update is written
(tests/mandate_gold/README.md "What counts"). The verb "to brief" and "a brief oral update" stay oral, "a brief
report" written (report_forms.BRIEF_ADJECTIVE)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2. Requests the Group of Experts to submit a brief written update to the Council, through the Committee "
        "established by paragraph 14 of resolution 1572 (2004), before 1 December 2005, on the implementation of the "
        "measures imposed by paragraph 7 of resolution 1572 (2004), with recommendations in this regard;",
        [(2, "2005-12-01", "written")],
    ),
    (  # near misses: the verb, an oral update, a report
        "2. Requests the Secretary-General to brief the Council on the implementation of the measures;",
        [(2, None, "oral")],
    ),
    (
        "2. Requests the Secretary-General to provide a brief oral update to the Council before 1 December 2005;",
        [(2, "2005-12-01", "oral")],
    ),
    (
        "2. Requests the Secretary-General to submit a brief report to the Council before 1 December 2005;",
        [(2, "2005-12-01", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_brief_written_update_is_written(text, expected):
    r = resolution(text, date="2005-10-18", organ="SC")
    assert reports(r, "op", "due", "form") == expected
