"""SC survey (scsurvey, seed 20261201): "to report to the Security Council Committee established pursuant
to resolutions 1267 (1999), 1989 (2011) and 2253 (2015)" (S/RES/2331 (2016) op 14, 2388 op 11; "shall report
to the Security Council Committee established pursuant to resolutions 751 (1992) and 1907 (2009)", 2036
op 22) went to the Council: an organ's name right before an actor's opens the actor's name. "to provide
the Security Council Committee established pursuant to resolution 1591 (2005) concerning the Sudan
(hereafter “the Committee”) with an interim report ..., and provide to the Council ... a final report"
(S/RES/2400 (2018) op 2 ... 2791 (2025) op 4) lost the interim report (the one provided, long named,
put "provide" too far from "with"). "Requests its Working Group on Peacekeeping Operations" (S/RES/1353
(2001) ops 2, 3) is the Council's working group (SCWorkingGroupPKO), not a special procedure; "the armed
movements" of Darfur (S/RES/2003 (2011) op 7, 2495 (2019) op 2) are parties to the conflict."""

import pytest

from tests.snippets import mandates, reports, resolution

SUDAN = (
    "2. Requests the Panel of Experts to provide the Security Council Committee established pursuant to resolution "
    "1591 (2005) concerning the Sudan (hereafter “the Committee”) with an interim report on its activities no later "
    "than 12 August 2024, and provide to the Council, after discussion with the Committee, a final report by 13 "
    "January 2025 with its findings and recommendations;"
)
CASES = [
    (
        "2016-12-20",
        "14. Requests the Analytical Support and Sanctions Monitoring Team to include in their discussions the issue "
        "and to report to the Security Council Committee established pursuant to resolutions 1267 (1999), 1989 "
        "(2011) and 2253 (2015) on these discussions as appropriate;",
        [("MonitoringTeam1526", "SanctionsCommittee", None)],
    ),
    (
        "2024-03-01",
        SUDAN,
        [
            ("PanelOfExperts1591", "SanctionsCommittee", "2024-08-12"),
            ("PanelOfExperts1591", "SecurityCouncil", "2025-01-13"),
        ],
    ),
    (
        "2001-06-13",
        "3. Undertakes to follow closely the implementation of the agreed measures, and requests its Working Group "
        "for Peacekeeping Operations to assess within six months of the adoption of this resolution the efficiency "
        "of the agreed measures and to report to the Council on these matters;",
        [("SCWorkingGroupPKO", "SecurityCouncil", "2001-12-13")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_receiver(adopted, text, expected):
    assert reports(resolution(text, date=adopted), "by", "to", "due") == expected


def test_council_working_group_and_armed_movements():
    r = resolution("2. Requests its Working Group on Peacekeeping Operations to continue its work;", date="2001-06-13")
    assert mandates(r, "verb", "addressees") == [("requests", ("SCWorkingGroupPKO",))]
    r = resolution(
        "7. Calls on the Government of Sudan and the armed movements to contribute to the creation of the "
        "necessary enabling environment;",
        date="2011-07-29",
    )
    assert mandates(r, "verb", "addressees", as_sets=True) == [("calls-upon", {"state:SDN", "PartiesToConflict"})]
