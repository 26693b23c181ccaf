"""A later deadline in a report's scope that dates what the report is about is no second report: "to update the
Security Council no later than 15 August 2014 on the state of preparation for a seamless transition of authority from
MISCA to MINUSCA by 15 September 2014" (S/RES/2149 (2014) op 27: one update, due 2014-08-15; the transition's date gave
a second), "an update by 30 April 2024 from the African Union and the FGS on their preparations for Phase 3 drawdown of
4,000 troops by 30 June 2024" (2710 (2023) op 12), "from the African Union, by 1 December 2022, an update on its
preparations for the planned drawdown of 2000 ATMIS personnel by 31 December 2022" (2662 (2022) op 47 (f)), "a midterm
report ... no later than 15 December 2015, and which includes options to implement by 31 March 2016 the elements"
(2226 (2015) op 37: the task's date). Found by due38's random reading outside the golds (seed 3839). A second deadline
said as a second report's still counts ("a report on progress towards a settlement by 15 June 2018, and on
implementation of this resolution by 10 July 2018", 2398 (2018) op 15), and so does a lone date after an event noun."""

import pytest

from tests.snippets import reports, resolution

FIELDS = ("op", "by", "to", "due", "form")
CASES = [
    (
        "2014-04-10",
        "27. Requests the Secretary-General, after a joint mission with the AU, to update the Security Council no later "
        "than 15 August 2014 on the state of preparation for a seamless transition of authority from MISCA to MINUSCA "
        "by 15 September 2014;",
        [(27, "SecretaryGeneral", "SecurityCouncil", "2014-08-15", None)],
    ),
    (
        "2023-11-15",
        "12. Requests an update by 30 April 2024 from the African Union and the FGS on their preparations for Phase 3 "
        "drawdown of 4,000 troops by 30 June 2024, taking into account the lessons identified from Phases 1 and 2;",
        [
            (12, "AfricanUnion", "SecurityCouncil", "2024-04-30", None),
            (12, "state:SOM", "SecurityCouncil", "2024-04-30", None),
        ],
    ),
    (
        "2015-06-25",
        "37. Requests the Secretary-General to provide to it a midterm report on the situation on the ground and the "
        "implementation of this resolution no later than 15 December 2015, and which includes options to implement by "
        "31 March 2016 the elements contained in paragraph 65 of his report of 15 May 2014 (S/2014/342);",
        [(37, "SecretaryGeneral", "SecurityCouncil", "2015-12-15", "written")],
    ),
    (
        "2018-01-30",
        "15. Requests the Secretary-General to submit a report on progress towards a settlement by 15 June 2018, and on "
        "implementation of this resolution by 10 July 2018 and to keep the Security Council updated on events as "
        "necessary;",
        [
            (15, "SecretaryGeneral", "SecurityCouncil", "2018-06-15", "written"),
            (15, "SecretaryGeneral", "SecurityCouncil", "2018-07-10", "written"),
        ],
    ),
    (
        "2014-04-10",
        "5. Requests the Secretary-General to report to the Council on the preparations for the transition by "
        "15 September 2014;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "2014-09-15", "written")],
    ),
]


@pytest.mark.parametrize("adopted,text,expected", CASES)
def test_report_deadline_of_its_subject(adopted, text, expected):
    assert reports(resolution(text, date=adopted), *FIELDS) == expected


def test_another_report_between_keeps_its_deadline():
    """heldout11 (S/RES/2333 (2016) op 21): "another oral update after elections no later than 15 December 2017" is
    a second update with its own date, though an event noun comes right before it."""
    text = (
        "21. Requests the Secretary-General to provide a report on the situation on the ground no later than 15 June "
        "2017, with an oral update for the Security Council on elections preparation no later than 31 August 2017 and "
        "another oral update after elections no later than 15 December 2017, with a concluding report by 15 April 2018;"
    )
    assert reports(resolution(text, date="2016-12-23"), "due", "form") == [
        ("2017-06-15", "written"),
        ("2017-08-31", "oral"),
        ("2017-12-15", "oral"),
        ("2018-04-15", "written"),
    ]
