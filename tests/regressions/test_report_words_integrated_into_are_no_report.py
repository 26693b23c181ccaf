"""heldout39 17 (S/RES/2242 (2015)) op 11: "requests the Counter-Terrorism Committee (CTC) and the Counter-Terrorism
Committee Executive Directorate (CTED) to integrate gender as a cross-cutting issue throughout the activities within
their respective mandates, including within country-specific assessments and reports, recommendations made to Member
States, facilitating technical assistance to Member States, and briefings to the Council": the reports and briefings
are where gender is integrated, no report asked (the gold; as "integrate gender as a cross-cutting issue across its
investigations and reporting" adds to reports counted elsewhere, heldout25 02 op 19). The extractor read a written
report to the Member States and an oral one to the Council (also 2395 (2017) op 28 and 2617 (2021) op 36, the same
words): report_within.FOLDED_LIST. A report asked after a new verb in the same clause stays, so does a bare "and
report" after the list (the clause's verb again) and a report with a time of its own after it (review Y4)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "11. Requests the Counter-Terrorism Committee (CTC) and the Counter-Terrorism Committee Executive Directorate "
        "(CTED) to integrate gender as a cross-cutting issue throughout the activities within their respective "
        "mandates, including within country-specific assessments and reports, recommendations made to Member States, "
        "facilitating technical assistance to Member States, and briefings to the Council;",
        [],
    ),
    (
        "36. Reiterates the call for CTED to integrate gender as a cross-cutting issue throughout its activities, "
        "including within country-specific assessments and reports, recommendations made to Member States, "
        "facilitating technical assistance to Member States, and briefings to the Council, requests CTED to hold "
        "consultations with women and women's organizations to inform its work;",
        [],
    ),
    (  # near miss: a report asked by a verb of its own after the list
        "11. Requests CTED to integrate gender as a cross-cutting issue throughout its activities, including within "
        "country-specific assessments, and to report to the Council on progress within six months;",
        [("CTED", "SecurityCouncil")],
    ),
    (  # near miss: a bare report verb joined by "and" after the list, the clause's verb again (review Y4)
        "5. Requests the Secretary-General to integrate a gender perspective throughout the mission, including in its "
        "planning and activities, and report to the Council on progress within six months;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: the same on a schedule
        "5. Requests the Secretary-General to mainstream gender throughout the activities of the mission, including in "
        "its patrols, and report to the Council every 90 days;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # near miss: a report with a receiver and a time of its own after the list (review Y4)
        "5. Requests the Secretary-General to integrate the Office into the Mission, including within its structures, "
        "with a written report to the Council by 1 June 2016;",
        [("SecretaryGeneral", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_words_integrated_into_are_no_report(text, expected):
    r = resolution(text, date="2015-10-13", organ="SC")
    assert reports(r, "by", "to") == expected
