"""The second survey of corpus-full (tests/mandate_gold/survey.md, seed 20261202): "to prepare a
summary report ... on the annual discussions held at the present and sixty-second sessions, to
present each report to the Council at its sixty-second and sixty-fifth sessions, respectively"
(A/HRC/RES/59/20 op 8) gave one report: sessions named "respectively" for one receiver are one
report each; "also requests the Office to make its report to the Secretary-General on the Strategy
publicly available" (A/HRC/RES/55/8 op 11) gave a report to the Secretary-General: a report made
public, published or translated is one that exists; "agrees that the regional centres should continue
to report to the Committee on the Peaceful Uses of Outer Space" (A/RES/80/76 op 31) named the
disarmament centres: the regional centres for space science and technology education are a body of
the vocabulary; "...; and underlines the need for UNAMID to report on major instances of violence"
(S/RES/1935 (2010) op 9) gave a report: a need stressed is no request (report_recalled.RECALLED)."""

import pytest

from tests.snippets import reports, resolution

HRC = "The Human Rights Council"
GA = "The General Assembly"
CASES = [
    (
        HRC,
        "8. Requests the Office of the United Nations High Commissioner for Human Rights to prepare a summary report "
        "on the annual discussions held at the present and sixty-second sessions, to present each report to the "
        "Council at its sixty-second and sixty-fifth sessions, respectively;",
        [(8, "OHCHR", "HumanRightsCouncil", 62, 2026), (8, "OHCHR", "HumanRightsCouncil", 65, 2027)],
    ),
    (  # a report at two sessions, not "respectively": one at each (heldout6 A/RES/80/199 op 32)
        HRC,
        "11. Requests the Office of the High Commissioner to present an oral report to the Human Rights Council on "
        "the Strategy at its fifty-ninth and sixty-second sessions, and also requests the Office to make its report "
        "to the Secretary-General on the Strategy publicly available in an easy-to-read version;",
        [(11, "OHCHR", "HumanRightsCouncil", 59, 2025), (11, "OHCHR", "HumanRightsCouncil", 62, 2026)],
    ),
    (
        GA,
        "31. Notes with appreciation that the regional centres for space science and technology education, "
        "affiliated to the United Nations, have continued their education programmes, encourages the regional "
        "centres to continue to promote greater participation of women, and agrees that the regional centres should "
        "continue to report to the Committee on the Peaceful Uses of Outer Space on their activities;",
        [(31, "RegionalCentresSpaceEducation", "COPUOS", None, None)],
    ),
    (  # S/RES/1935 (2010) op 9: a need stressed after a request asks no one
        GA,
        "9. Requests the Secretary-General to consult with relevant parties with a view to developing a more "
        "effective ceasefire monitoring mechanism; and underlines the need for UNAMID to report on major instances "
        "of violence;",
        [],
    ),
    (  # A/RES/74/38 op 2: a report looked forward to is none asked (the golds: test_report_looked_forward_to)
        GA,
        "2. Requests the Conference on Disarmament to consider the formulation of principles, and looks forward to a "
        "report of the Conference on this subject;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_survey_second_draw(organ, text, expected):
    r = resolution(text, date="2025-07-07", organ=organ, preamble="Recalling its resolution 50/18,")
    assert reports(r, "op", "by", "to", "session", "year") == expected
