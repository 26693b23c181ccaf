"""Review of stop 47, finding 3: "to inform the Council ... by <date>" (7801884) took a date that belongs to the
topic's noun ("of progress towards the completion of the ... programme by 31 December 2020", "of the arrangements for
the withdrawal of ... by 31 March 2020") or to a participle more than 40 characters back ("of the steps taken by the
Transitional Government towards the holding of ... elections no later than 30 June 2020"), and the Council's own
"Decides to inform the General Assembly by". The informing's own date stands right after the organ or right after a
comma ("in writing, no later than", S/RES/2465 (2019) op 6; "to inform the Council by 15 November 2004", 1566 op 11)."""

import pytest

from tests.snippets import reports, resolution

SG = "1. Requests the Secretary-General to inform the Council of "
CASES = [
    (
        SG + "progress towards the completion of the disarmament, demobilization and reintegration programme by "
        "31 December 2020;",
        [],
    ),
    (
        SG + "the steps taken by the Transitional Government towards the holding of free and fair presidential and "
        "legislative elections no later than 30 June 2020;",
        [],
    ),
    (SG + "the arrangements for the withdrawal of the remaining contingents of the Force by 31 March 2020;", []),
    ("1. Decides to inform the General Assembly by 30 June 2020 of its decision;", []),
    # positive: the date right after the organ or after a comma
    (
        "1. Requests the Government of Iraq to inform the Council by 15 June 2020 of its acceptance of the "
        "arrangements;",
        [("state:IRQ", "SecurityCouncil", "2020-06-15")],
    ),
    (
        SG + "any steps taken per paragraph 3, in writing, no later than 15 September 2020;",
        [("SecretaryGeneral", "SecurityCouncil", "2020-09-15")],
    ),
    (
        SG + "progress made in the implementation of the measures, by 15 September 2020;",
        [("SecretaryGeneral", "SecurityCouncil", "2020-09-15")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_inform_by_a_date_of_the_topic(text, expected):
    r = resolution(text, date="2020-01-01", organ="SC")
    assert reports(r, "by", "to", "due") == expected
