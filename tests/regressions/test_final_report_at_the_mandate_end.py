"""A final report submitted to the Council "upon termination of the Panel's mandate": due when the term the text sets
ends where it is a report of its own, after a final report to the Committee (S/RES/1984 (2011) op 2 and the Iran and
DPRK panels' renewals 1985, 2049, 2050: a report to the Committee and the same report to the Council are two items,
heldout7 17, heldout9 01, heldout11 04); none more where the final report asked before already goes to the Council
(S/RES/2136 (2014) op 5, heldout6 12, and 2078 (2012) op 5: "its final report" is the same one)."""

import pytest

from tests.snippets import reports, resolution

IRAN = (
    "1. Decides to extend until 9 June 2012 the mandate of the Panel of Experts, as specified in paragraph 29 of "
    "resolution 1929 (2010), and requests the Secretary-General to take the necessary administrative measures to this "
    "effect;\n\n"
    "2. Requests the Panel of Experts to provide to the Committee no later than 9 November 2011 a midterm report on its "
    "work, and further requests that, after a discussion with the Committee, the Panel of Experts submit to the Council "
    "its midterm report by 9 December 2011, and requests also a final report to the Committee no later than thirty days "
    "prior to the termination of its mandate with its findings and recommendations, and further requests that, after a "
    "discussion with the Committee, the Panel of Experts submit to the Council its final report upon termination of the "
    "Panel’s mandate;"
)
DRC = (
    "5. Requests the Secretary-General to extend, for a period expiring on 1 February 2015, the Group of Experts "
    "established pursuant to resolution 1533 (2004) and renewed by subsequent resolutions and requests the Group of "
    "Experts to fulfil its mandate as set out in paragraph 18 of resolution 1807 (2008), and to present to the Council, "
    "through the Committee, a written mid-term report by 28 June 2014, and a written final report before 16 January "
    "2015, welcomes the practice of receiving additional updates from the Group of Experts as appropriate, and further "
    "requests that, after a discussion with the Committee, the Group of Experts submit to the Council its final report "
    "upon termination of the Group’s mandate;"
)

CASES = [
    (  # S/RES/1984 (2011) ops 1-2
        IRAN,
        "2011-06-09",
        "Recalling its resolution 1929 (2010),",
        [
            (2, "PanelOfExperts1929", "SanctionsCommittee", "2011-11-09"),
            (2, "PanelOfExperts1929", "SecurityCouncil", "2011-12-09"),
            (2, "PanelOfExperts1929", "SanctionsCommittee", "2012-05-10"),
            (2, "PanelOfExperts1929", "SecurityCouncil", "2012-06-09"),
        ],
    ),
    (  # S/RES/2136 (2014) op 5
        DRC,
        "2014-01-30",
        "Recalling its resolution 1533 (2004),",
        [
            (5, "GroupOfExperts1533", "SecurityCouncil", "2014-06-28"),
            (5, "GroupOfExperts1533", "SecurityCouncil", "2015-01-16"),
        ],
    ),
]


@pytest.mark.parametrize("text,adopted,preamble,expected", CASES)
def test_final_report_at_the_mandate_end(text, adopted, preamble, expected):
    r = resolution(text, date=adopted, preamble=preamble)
    assert reports(r, "op", "by", "to", "due") == expected
