"""A report named after "so that" and a modal, as what the asked act is to make possible, is no report asked: "Urges
the Special Rapporteur to continue his consultations with the competent United Nations agencies ... so that he may
present to the Human Rights Council, in accordance with its programme of work, an annual report on the implementation
of the resolutions that it has adopted" (A/HRC/RES/54/10 op 5, heldout40 27). Before, it was a second report to the
Council, every P1Y, beside the one op 2 asks of the mandate holder (gold: none; one of heldout40's three false "every"
values). A report asked after the purpose by a verb of its own ("..., and to submit") is still read, and so is one the
purpose gives a deadline or a session of its own ("so that the Committee may submit its report to the General Assembly
at its eightieth session")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "5. Urges the Special Rapporteur to continue his consultations with the competent United Nations agencies and "
        "bodies and with the secretariats of the relevant international conventions as part of a multidisciplinary, "
        "in-depth approach to addressing existing problems with a view to finding lasting solutions for the management "
        "of such substances and wastes so that he may present to the Human Rights Council, in accordance with its "
        "programme of work, an annual report on the implementation of the resolutions that it has adopted, as well as "
        "specific recommendations and proposals;",
        [],
    ),
    # unchanged: a report asked after the purpose by an infinitive of its own; a report before the "so that"
    (
        "5. Requests the Special Rapporteur to continue her consultations so that they can be taken into account, and "
        "to submit an annual report to the Human Rights Council;",
        [("SpecialProcedures", "HumanRightsCouncil", "P1Y")],
    ),
    (
        "5. Requests the Special Rapporteur to submit an annual report to the Human Rights Council so that it may "
        "consider the matter further;",
        [("SpecialProcedures", "HumanRightsCouncil", "P1Y")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_report_a_purpose_makes_possible(text, expected):
    r = resolution(text, date="2023-10-11", organ="HRC")
    assert reports(r, "by", "to", "every") == expected


# unchanged: a report the purpose gives a deadline or a session of its own, asked there (the first reading of "so that"
# dropped these); each keeps the report read before (here the one so timed, among the paragraph's)
KEPT = [
    (
        "3. Decides to extend until 1 March 2025 the mandate of the Panel of Experts established pursuant to resolution "
        "1874 (2009) so that it may submit its final report to the Committee established pursuant to resolution 1718 "
        "(2006) by 1 February 2025;",
        ("2024-03-28", "SC"),
        ("by", "to", "due"),
        ("PanelOfExperts1874", "SanctionsCommittee", "2025-02-01"),
    ),
    (
        "4. Requests the Secretary-General to make the necessary arrangements so that the Committee may submit its "
        "report to the General Assembly at its eightieth session;",
        ("2023-12-19", "GA"),
        ("to", "session"),
        ("GeneralAssembly", 80),
    ),
    (
        "12. Requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary so that "
        "she may submit her report to the Human Rights Council at its fifty-seventh session;",
        ("2023-10-11", "HRC"),
        ("to", "session"),
        ("HumanRightsCouncil", 57),
    ),
]


@pytest.mark.parametrize("text,adopted,fields,expected", KEPT)
def test_a_report_the_purpose_times_is_kept(text, adopted, fields, expected):
    r = resolution(text, date=adopted[0], organ=adopted[1])
    assert expected in reports(r, *fields)
