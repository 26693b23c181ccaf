"""A report among the tasks of a body whose mandate the paragraph extends or establishes had the
Security Council as its reporter, reporting to itself (128 such reports in corpus-full, S/RES/2423
(2018) op 38 of the held-out gold among them): "Decides to extend UNSOM's mandate for a period of 12
months as follows: ... (e) To monitor, help investigate and report to the Council on ..." (S/RES/2158
(2014) op 1), "Decides to extend the mandate of the Panel of Experts ... to undertake the following
tasks: ... to report to the Council" (27 renewals of PanelOfExperts1343). The body reports."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

CASES = [
    (
        "1. Decides to extend UNSOM’s mandate for a period of 12 months as follows:\n\n(a) To provide United Nations "
        "good offices functions;\n\n(e) To monitor, help investigate and report to the Council on, and help prevent "
        "abuses;",
        "Recalling its resolutions,",
        [(1, "UNSOM", "SecurityCouncil")],
    ),
    (
        "5. Decides to extend the mandate of the Panel of Experts appointed pursuant to paragraph 4 of resolution 1343 "
        "(2001) until 20 June 2008 to undertake the following tasks:\n\n(a) To conduct a follow-up assessment mission "
        "to Liberia;\n\n(b) To report to the Council through the Committee by 1 June 2008;",
        "Recalling the Panel of Experts appointed pursuant to resolution 1343 (2001),",
        [(5, "PanelOfExperts1343", "SecurityCouncil")],
    ),
    (  # the Secretary-General asked in the same paragraph stays the reporter
        "1. Decides to extend the mandate of BINUH until 15 July 2026, and requests the Secretary-General to report "
        "to the Council every 120 days;",
        "Recalling its resolutions,",
        [(1, "SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,preamble,expected", CASES)
def test_the_body_reports_on_its_tasks(text, preamble, expected):
    doc = f"---\ndate: 2014-05-29\n---\n\nThe Security Council,\n\n{preamble}\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(x.op, x.by, x.to) for x in r.reports_due] == expected
