"""A report "for presentation at" (or "for consideration at") a meeting went to the organ that asks for it: "Requests
the Secretary-General to prepare an overview of the state of crime and criminal justice worldwide for presentation at
the Fourteenth Congress" (A/RES/74/171 op 21, heldout38 21: to=CrimeCongress session 14 year 2021, as its op 2 "to be
submitted to the Fourteenth Congress") and "to include them ... in a report for consideration at the Seventh Biennial
Meeting of States ..., in 2020" (A/RES/74/60 op 26) were read as to the Assembly. report_receivers.RECEIVER_LEAD takes
"for presentation at" and "for consideration at" as it takes "to": the meeting named right after is the receiver. Not a
session of the organ that speaks ("for its consideration at its seventy-fifth session"), nor a meeting that is no actor
("for presentation at upcoming meetings on the Programme of Action")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "Requests the Secretary-General to prepare an overview of the state of crime and criminal justice worldwide for"
        " presentation at the Fourteenth Congress;",
        [("SecretaryGeneral", "CrimeCongress", 14, 2021)],
    ),
    (
        "Requests the Secretary-General to seek the views of Member States on best practices and to include them,"
        " along with views from the United Nations system, in a report for consideration at the Seventh Biennial"
        " Meeting of States to Consider the Implementation of the Programme of Action;",
        [("SecretaryGeneral", "PoABiennialMeeting", None, None)],
    ),
    # near misses: the organ's own session; a meeting that is no actor
    (
        "Requests the Secretary-General to submit a report on the implementation of the present resolution to the"
        " General Assembly for its consideration at its seventy-fifth session;",
        [("SecretaryGeneral", "GeneralAssembly", 75, 2020)],
    ),
    (
        "Also requests the Secretary-General to report on support provided by the United Nations system, for"
        " presentation at upcoming meetings on the Programme of Action;",
        [("SecretaryGeneral", "GeneralAssembly", None, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_for_presentation_at(text, expected):
    r = resolution("1. " + text, date="2019-12-18", organ="GA")
    assert reports(r, "by", "to", "session", "year") == expected
