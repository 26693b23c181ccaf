"""Held-out gold, S/RES/2362 (2017) op 14: "Decides that the Panel shall provide to the Council an
interim report ... no later than 28 February 2018, and a final report to the Council ... no later
than 15 September 2018" gave both reports to the Security Council as their reporter ("the Panel"
alone is no actor, and the second report took the deciding organ). The Panel is the document's
panel, and a later report of the same clause keeps the reporter named for the first."""

from tests.snippets import reports, resolution

PREAMBLE = "Recalling the Panel of Experts established by paragraph 24 of resolution 1973 (2011),"
TEXT = (
    "14. Decides that the Panel shall provide to the Council an interim report on "
    "its work no later than 28 February 2018, and a final report to the Council, after discussion with the "
    "Committee, no later than 15 September 2018 with its findings and recommendations;\n\n15. Requests the "
    "Secretary-General to submit a report by 1 May 2018, and a further report by 1 November 2018;"
)


def test_the_panel_that_shall_provide_is_the_reporter_of_both():
    r = resolution(TEXT, date="2017-06-29", preamble=PREAMBLE)
    assert reports(r, "op", "by", "to", "due") == [
        (14, "PanelOfExperts1973", "SecurityCouncil", "2018-02-28"),
        (14, "PanelOfExperts1973", "SecurityCouncil", "2018-09-15"),
        (15, "SecretaryGeneral", "SecurityCouncil", "2018-05-01"),
        (15, "SecretaryGeneral", "SecurityCouncil", "2018-11-01"),
    ]
