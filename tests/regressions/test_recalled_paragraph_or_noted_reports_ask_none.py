"""A report of another resolution recalled, or reports noted, after a request in
the same clause, asks for no report of this one (audit46 class 2). S/RES/2700 (2023) op 26 "Invites the UNODC ...
to report to the Committee ..., and recalls paragraph 9 of resolution 2692 (2023), which requested that UNODC
report to the Security Council every three months, ... through the Secretary General" gave the recalled quarterly
report as due (heldout25 22 op 121 counts none for a recalled request); A/RES/77/114 op 15 "Requests the
Secretary-General to remain actively engaged ..., notes the discussions ... and his reports on the outcome of these
discussions" gave a report by the Secretary-General, though none is asked: a report noted."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "26. Invites the UNODC to work with BINUH and the Panel of Experts, as appropriate, and to report to the "
        "Committee on recommendations to stem illicit financial flows and trafficking and diversion of arms in Haiti, "
        "and recalls paragraph 9 of resolution 2692 (2023), which requested that UNODC report to the Security Council "
        "every three months, concurrent with the reporting cycle of BINUH, through the Secretary General;",
        [(26, "UNODC", None, None)],
    ),
    (
        "GA",
        "15. Requests the Secretary-General to remain actively engaged in all aspects of the relations of the United "
        "Nations with the host country at various levels in order to resolve the issues raised in the report of the "
        "Committee on Relations with the Host Country, and in this regard recalls the statements of the Legal Counsel, "
        "notes the discussions that have been formalized since 2019 between the Legal Counsel and the competent "
        "authorities of the host country regarding unresolved issues and his reports on the outcome of these "
        "discussions, and further notes with concern that issues still persist without resolution;",
        [],
    ),
    (
        # the request before the recalled paragraph still counts, as does one after it
        "SC",
        "4. Requests the Secretary-General to report to the Council every three months, recalls paragraph 3 of "
        "resolution 2500 (2019), and further requests him to provide a written report by 1 March 2024;",
        [(4, "SecretaryGeneral", "P3M", None), (4, "SecretaryGeneral", None, "2024-03-01")],
    ),
    (
        # the participle's aside before the report asked ends nothing (review of stop 46)
        "SC",
        "5. Requests the Secretary-General, recalling paragraph 12 of resolution 2100 (2013), to report to the Council "
        "every 90 days on the situation;",
        [(5, "SecretaryGeneral", "P90D", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_recalled_paragraph_or_noted_reports_ask_none(organ, text, expected):
    r = resolution(text, date="2023-10-02", organ=organ)
    assert reports(r, "op", "by", "every", "due") == expected
