"""Held-out golds: two reports named in one object were read as one. "submit ... their initial
reports, as well as their annual reports" (A/RES/80/46 op 7): the initial reports, with no receiver
or time, were dropped as States' own reporting, though asked together with the annual ones; "provide
regular updates, including a formal report every 90 days" (S/RES/1509 (2003) op 19): the formal
report after "including" was read as what the updates contain. A report named after ", including"
with a cycle of its own is a second report; the first of two reports joined by "and" or "as well as"
is asked when the second is."""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
SC = "The Security Council"
CASES = [
    (
        GA,
        "7. Calls upon all States Parties to submit, in a timely manner, their initial reports, as well as their "
        "annual reports for the preceding calendar year, as required under article 13 of the Treaty;",
        [(7, "StatesParties", None, "written"), (7, "StatesParties", "P1Y", "written")],
    ),
    (  # one report of States with no receiver or time: still none
        GA,
        "8. Encourages Member States to monitor and report on their progress;",
        [],
    ),
    (
        SC,
        "19. Requests the Secretary-General to provide regular updates, including a formal report every 90 days "
        "to the Council on the progress in the implementation of the Comprehensive Peace Agreement;",
        [(19, "SecretaryGeneral", None, None), (19, "SecretaryGeneral", "P90D", "written")],
    ),
    (  # what a report includes is no second report
        SC,
        "20. Requests the Secretary-General to submit a report every 90 days, including an assessment of "
        "the security situation;",
        [(20, "SecretaryGeneral", "P90D", "written")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_two_reports_in_one_object(organ, text, expected):
    r = resolution(text, date="2003-09-19", organ=organ, preamble="Recalling its resolution 1497 (2003),")
    assert reports(r, "op", "by", "every", "form") == expected
