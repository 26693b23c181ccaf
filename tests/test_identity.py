"""Identity from headers: (header snippet, expected fields) tables."""

import pytest

from tests.snippets import snippet

BODY = "\n\nRecalling its resolution 66/181,\n\n1. Requests the Secretary-General to report.\n"

CASES = [
    (
        "United Nations E/RES/2012/14\n\nEconomic and Social Council\n\nDistr.: General 16 August 2012\n\nSubstantive session of 2012\n\n"
        "Agenda item 14 (c)\n\nResolution adopted by the Economic and Social Council\n\n"
        "[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2012/30 and Corr.1 and 2)]\n\n"
        "2012/14. Strengthening the rule of law\n\nThe Economic and Social Council,",
        dict(
            symbol="E/RES/2012/14",
            body="ECOSOC",
            status="adopted",
            title="Strengthening the rule of law",
            distributed="2012-08-16",
            agenda_item="14 (c)",
        ),
    ),
    (
        " 67/186. Strengthening the rule of law and the reform of criminal\njustice institutions\nThe General Assembly,",
        dict(
            symbol="A/RES/67/186",
            body="GA",
            session=67,
            status="adopted",
            title="Strengthening the rule of law and the reform of criminal justice institutions",
        ),
    ),
    (
        "General Assembly\n\nDistr.: Limited\n21 November 2012\n\nSixty-seventh session\n\nThird Committee\n\nAgenda item 103\n\n"
        "Swaziland, Micronesia (Federated States of), Côte d'Ivoire, Antigua and Barbuda and United States of America:\nrevised draft resolution\n\n"
        "Strengthening the programme\n\nThe General Assembly,",
        dict(
            symbol=None,
            body="GA",
            status="draft",
            session=67,
            committee="Third Committee",
            agenda_item="103",
            distributed="2012-11-21",
            title="Strengthening the programme",
            sponsors=("SWZ", "FSM", "CIV", "ATG", "USA"),
        ),
    ),
    (
        "ECOSOC Resolution 2004/28\n\nUnited Nations standards and norms\n\nThe Economic and Social Council,",
        dict(symbol="E/RES/2004/28", body="ECOSOC", title="United Nations standards and norms"),
    ),
    (
        "United Nations A/RES/80/11\n\nGeneral Assembly Distr.: General 1 December 2025\n\nEightieth session Agenda item 62\n\n"
        "Resolution adopted by the General Assembly on 26 November 2025\n\n[without reference to a Main Committee (A/80/L.15)]\n\n"
        "80/11. Peacebuilding review\n\nThe General Assembly,",
        dict(symbol="A/RES/80/11", adopted="2025-11-26", draft_symbol="A/80/L.15", session=80),
    ),
]


@pytest.mark.parametrize("header,expected", CASES)
def test_identity_table(header, expected):
    r = snippet(header + BODY)
    for k, v in expected.items():
        assert getattr(r, k) == v, k


def test_adoption_from_the_closing_meeting_line():
    r = snippet(
        "2012/19. Title\n\nThe Economic and Social Council,\n\nRecalling its resolution 2004/28,\n\n"
        "1. Requests the Secretary-General to report.\n\n46th plenary meeting 26 July 2012\n"
    )
    assert (r.adopted, r.meeting) == ("2012-07-26", "46th plenary meeting")


def test_recommending_body_and_its_report():
    r = snippet(
        "[on the recommendation of the Commission on Crime Prevention and Criminal Justice (E/2012/30 and Corr.1)]\n\n"
        "2012/19. Title\n\nThe Economic and Social Council," + BODY
    )
    assert (r.recommended_by.organ, r.recommended_by.document) == ("CCPCJ", "E/2012/30")
