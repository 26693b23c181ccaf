"""A term's body read as a description as written where the vocabulary knows the body: "Requests the
Secretary-General to establish a monitoring mechanism composed of up to five experts, for a period of six months"
(S/RES/1295 (2000) op 3), "to establish a panel of experts, for an initial period of four months" (S/RES/1306
(2000) op 19), "to establish an Investigative Team, headed by a Special Adviser" (S/RES/2379 (2017) op 2) were of
"monitoring mechanism", "panel of experts", "Investigative Team"; they are the bodies bodies.yaml says those
resolutions set up (MonitoringMechanismAngola, PanelOfExperts1306, UNITAD). "Decides to extend the mandate of the
monitoring mechanism for a further period of six months" (S/RES/1348 (2001) op 3, 1374, 1404, 1439) was of
"monitoring mechanism" where "Requests the monitoring mechanism to report" of the same text reads the Angola
mechanism; now it is that body. A description whose head noun the body's label lacks stays as written ("a
mechanism" of S/RES/1363 (2001) op 3, whose Monitoring Group is set up in op 4)."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "S/RES/1295 (2000)",
        "2000-04-18",
        "3. Requests the Secretary-General to establish a monitoring mechanism composed of up to five experts, for a "
        "period of six months from its effective entry into operation, to collect additional relevant information;",
        [(3, "establishes", "MonitoringMechanismAngola", None, "P6M")],
    ),
    (
        "S/RES/1306 (2000)",
        "2000-07-05",
        "19. Requests the Secretary-General, in consultation with the Committee, to establish a panel of experts, for "
        "an initial period of four months, consisting of no more than five members;",
        [(19, "establishes", "PanelOfExperts1306", None, "P4M")],
    ),
    (
        "S/RES/2379 (2017)",
        "2017-09-21",
        "2. Requests the Secretary-General to establish an Investigative Team, headed by a Special Adviser, to support "
        "domestic efforts to hold ISIL (Da’esh) accountable;",
        [(2, "establishes", "UNITAD", None, None)],
    ),
    (
        "S/RES/1348 (2001)",
        "2001-04-19",
        "3. Decides to extend the mandate of the monitoring mechanism for a further period of six months, ending on 19 "
        "October 2001;",
        [(3, "extends", "MonitoringMechanismAngola", "2001-10-19", "P6M")],
    ),
    (
        "S/RES/1439 (2002)",
        "2002-10-18",
        "2. Decides to extend the mandate of the monitoring mechanism for a further period of two months, ending on 19 "
        "December 2002, subject to review by the Council;",
        [(2, "extends", "MonitoringMechanismAngola", "2002-12-19", "P2M")],
    ),
    (
        "S/RES/1363 (2001)",
        "2001-07-30",
        "3. Requests the Secretary-General to establish, in consultation with the Committee, within 30 days of the "
        "date of adoption of this resolution, a mechanism:",
        [(3, "establishes", "mechanism", None, None)],
    ),
]


# the Angola texts recall the resolution that set the mechanism up, as the real ones do (a description is the body's only
# in a text that cites it: test_term_of_a_description_known_by_the_resolution_cited.py)
PREAMBLES = {
    "S/RES/1348 (2001)": "Recalling its resolutions 864 (1993) and 1295 (2000),",
    "S/RES/1439 (2002)": "Recalling its resolutions 864 (1993) and 1295 (2000),",
}


@pytest.mark.parametrize("symbol,adopted,text,expected", CASES)
def test_term_body_set_up_here_or_described(symbol, adopted, text, expected):
    r = resolution(text, date=adopted, symbol=symbol, preamble=PREAMBLES.get(symbol, "Recalling its resolutions,"))
    assert terms(r, "op", "action", "of", "until", "period") == expected
