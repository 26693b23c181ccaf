"""Found in corpus-full (A/RES/74/254 beside the other reports to the Assembly's 74th session): a report
asked "at its resumed seventy-fourth session" was given the year after the session opened, while every
other report to that session gave its opening year; the graph gives a session one year, so the built
store had SHACL violations ("Two files give this session different years"). A resumed session keeps its
session's year."""

import pytest

from resgraph.graph.rdf import record_to_graph
from resgraph.graph.validate import errors, validate_graph
from tests.snippets import reports, resolution

GA = "The General Assembly"

CASES = [
    # (operative text, adopted, the report's (to, session, year))
    (
        "1. Requests the Secretary-General to report to the General Assembly at the first part of its resumed "
        "seventy-fourth session on the implementation of the present resolution;",
        "2019-12-27",
        ("GeneralAssembly", 74, 2019),
    ),
    (
        "1. Requests the Secretary-General to submit a report to the General Assembly at its seventy-fourth "
        "session on the implementation of the present resolution;",
        "2019-07-10",
        ("GeneralAssembly", 74, 2019),
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_the_report_takes_the_session_s_own_year(text, date, want):
    assert reports(resolution(text, date=date, organ=GA), "to", "session", "year") == [want]


def test_two_resolutions_naming_one_session_give_it_one_year():
    g = None
    for n, (text, date, _) in enumerate(CASES, start=1):
        one = record_to_graph(resolution(text, date=date, organ=GA, symbol=f"A/RES/74/{250 + n}"))
        g = one if g is None else g + one
    assert [v.message for v in errors(validate_graph(g)) if "different years" in v.message] == []
