"""A report verb whose subject a that-clause names before it was read as a noun referred to, no report: "requests that
the Panel of Experts report to the Council through the Committee no later than 15 December 2006 its observations"
(S/RES/1689 (2006) op 5: "of Experts report" read as "the report of ..."; 1819 (2008) op 1 lost the report to the
Council, its time and its channel to the informal updates after it), "Requests that the Secretary-General update the
Security Council, no later than 31 December 2019, on the progress" (2488 (2019) op 7: "update" after no "to"). The
bodies named between "that" and the word are its subject; not "in the Panel of Experts report"."""

import pytest

from tests.snippets import reports, resolution

PANEL = "Recalling the Panel of Experts established pursuant to resolution 1521 (2003),"

CASES = [
    (  # S/RES/1689 (2006) op 5
        "5. Requests that the Panel of Experts report to the Council through the Committee no later than 15 December "
        "2006 its observations and recommendations;",
        "2006-06-20",
        [(5, "PanelOfExperts1343", "SecurityCouncil", "2006-12-15", "written")],
    ),
    (  # S/RES/1819 (2008) op 1 (heldout7 08 reads 1731 op 4's informal updates as a second item)
        "1. Requests that the Secretary-General renew the mandate of the Panel of Experts for a further period until 20 "
        "December 2008, and requests that the Panel of Experts report to the Council through the Committee by 1 "
        "December 2008 on all issues listed in paragraph 5 of resolution 1792 (2007), and to provide informal updates "
        "to the Committee as appropriate before that date;",
        "2008-06-18",
        [
            (1, "PanelOfExperts1343", "SecurityCouncil", "2008-12-01", "written"),
            (1, "PanelOfExperts1343", "SanctionsCommittee", None, None),
        ],
    ),
    (  # S/RES/2488 (2019) op 7: "update" gives no form
        "7. Requests that the Secretary-General update the Security Council, no later than 31 December 2019, on the "
        "progress achieved by the CAR authorities on the key benchmarks;",
        "2019-07-29",
        [(7, "SecretaryGeneral", "SecurityCouncil", "2019-12-31", None)],
    ),
    (  # no "that" before the bodies: a report referred to
        "7. Requests the Secretary-General to include in the Panel of Experts report an annex on the measures;",
        "2019-07-29",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_report_verb_of_a_that_clause(text, adopted, expected):
    r = resolution(text, date=adopted, preamble=PANEL)
    assert reports(r, "op", "by", "to", "due", "form") == expected
