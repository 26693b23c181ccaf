"""Found in heldout8 (02: S/RES/2594 (2021) op 14; the corpus: 2518 (2020) op 14, 2538 (2020) op 13, 2378 (2017) op
10): a report or update that does not say its form, given "in his comprehensive annual briefing" or "as part of his
comprehensive briefing", takes the briefing's: oral (it was written, or none). A briefing that comes besides the
report ("..., including in his briefing and report any observations", 1302 (2000) op 5) does not, nor one that another
task asked after the report with a verb of its own is given in ("and to inform the Council in his regular briefings",
review of stop 30)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "14. Requests the Secretary-General to report progress on improving safety and security of peacekeepers, "
        "including on the issues set out in this resolution in his comprehensive annual briefing mandated by its "
        "resolution 2378 (2017);",
        [("P1Y", "oral")],
    ),
    (
        "14. Requests the Secretary-General to provide updates on the status of transitions across relevant United "
        "Nations peace operations, which includes updates from relevant Resident Coordinators, in his comprehensive "
        "annual briefing mandated by the Security Council under its resolution 2378 (2017), and further requests "
        "the Secretary-General to provide a report on the status of transitions before 30 June 2022;",
        [("P1Y", "oral"), (None, "written")],
    ),
    (
        "10. Further requests the Secretary-General to provide updates to the Security Council, as part of his "
        "comprehensive briefing, on the continuous efforts made in filling the existing gaps in terms of force "
        "generation and capabilities;",
        [(None, "oral")],
    ),
    (
        "5. Requests the Secretary-General to report to the Council 90 days after the entry into force of this "
        "resolution on its implementation, and further requests the Secretary-General to report prior to the end of "
        "the 180-day period, on whether Iraq has ensured the equitable distribution of medicine, including in his "
        "briefing and report any observations which he may have on the adequacy of the revenues to meet Iraq's "
        "humanitarian needs;",
        [(None, "written"), (None, "written")],
    ),
    # (nor a briefing that another task with a verb of its own is given in, after the report's words)
    (
        "14. Requests the Secretary-General to report on the implementation of this resolution every six months, "
        "and to inform the Council in his regular briefings of any violations;",
        [("P6M", "written")],
    ),
    (
        "14. Requests the Secretary-General to report to the Council on progress every 90 days and to keep it "
        "informed, in his briefings, of developments on the ground;",
        [("P90D", "written")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_form_of_the_briefing_it_is_given_in(text, expected):
    assert reports(resolution(text, date="2021-09-09"), "every", "form") == expected
