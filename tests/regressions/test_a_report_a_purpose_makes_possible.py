"""A report named after "so that" and a modal, as what the asked act is to make possible, is no report asked: "Urges
the Special Rapporteur to continue his consultations with the competent United Nations agencies ... so that he may
present to the Human Rights Council, in accordance with its programme of work, an annual report on the implementation
of the resolutions that it has adopted" (A/HRC/RES/54/10 op 5, heldout40 27). Before, it was a second report to the
Council, every P1Y, beside the one op 2 asks of the mandate holder (gold: none; one of heldout40's three false "every"
values). A report asked after the purpose by a verb of its own ("..., and to submit") is still read."""

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
    (
        "12. Requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary so that "
        "she may submit her report to the Human Rights Council at its fifty-seventh session;",
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
