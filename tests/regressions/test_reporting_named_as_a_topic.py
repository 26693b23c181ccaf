"""Report words that name a topic or a practice, not a report asked for, were read as reports due
(E/RES/2024/15, held-out gold, and 120-odd paragraphs of corpus-full): "the advisory group on
reporting to the Forum", "monitoring and reporting on the implementation", "make use of the existing
global publications and reports on forests" (a plural after "and", read as the verb "reports on"),
"in their voluntary national report and voluntary local report preparation processes". Reporting
asked of someone stays: "enhanced reporting by UNIFIL", "formally reporting to it". "further requests in
this regard, specific reporting on" and "encourages timely reporting to allow for the Council to" after
the AU's written reports are what those reports hold and why, no reports of their own (the heldout4
gold of S/RES/2520 (2020) op 36, read blind after this file first counted them;
tests/regressions/test_report_words_naming_no_report.py)."""

import pytest

from tests.snippets import reports, snippet

PRE = {
    "GA": "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. ",
    "ECOSOC": "The Economic and Social Council,\n\nRecalling its resolution 2021/26,\n\n1. ",
    "SC": "The Security Council,\n\nRecalling its resolution 2472 (2019),\n\n1. ",
    "HRC": "The Human Rights Council,\n\nRecalling its resolution 51/36,\n\n1. ",
}

CASES = [
    (
        "GA",
        "Encourages UN-Habitat to continue to assist countries in monitoring and reporting on the implementation of the "
        "New Urban Agenda;",
        [],
    ),
    (
        "ECOSOC",
        "Requests the Forum secretariat to consult with the advisory group on reporting to the Forum to make use of "
        "information received in the next reporting cycle;",
        [],
    ),
    (
        "ECOSOC",
        "Invites the Collaborative Partnership on Forests to further enhance coordination, streamline reporting and "
        "data-sharing activities, and make use of the existing global publications and reports on forests;",
        [],
    ),
    (
        "ECOSOC",
        "Invites the Collaborative Partnership on Forests to involve major groups and other relevant stakeholders in "
        "voluntary national report and voluntary local report preparation processes, as appropriate;",
        [],
    ),
    (
        "SC",
        "Requests the AU to keep the Security Council informed every 90 days, through no fewer than three written "
        "reports, and further requests in this regard, specific reporting on progress on joint operations, and "
        "encourages timely reporting to allow for the Council to take into account AU perspectives;",
        [("AfricanUnion", "SecurityCouncil", "P90D")],
    ),
    (
        "SC",
        "further requests enhanced reporting by UNIFIL to the Security Council on the implementation of this paragraph;",
        [("UNIFIL", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_reporting_as_a_topic(organ, text, expected):
    r = snippet(PRE[organ] + text + "\n")
    assert reports(r, "by", "to", "every") == expected


def test_reporting_to_a_body_asked_stays():
    r = snippet(
        PRE["HRC"]
        + "Requests the Special Rapporteur to continue to engage with the Commission on the Status of Women, "
        "including by participating in its work and formally reporting to it;\n"
    )
    assert reports(r, "by", "form") == [("SpecialProcedures", "written")]
