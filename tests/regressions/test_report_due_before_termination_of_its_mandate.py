"""A final report "no later than 30 days prior to termination of its mandate" (the Sudan Panel of Experts, S/RES/1665
(2006) op 2 and eight renewals to 2091 (2013); random SC sample 2 of this session) had no due date: the end of the
mandate was read only with an article ("prior to the termination of"). Now it is the same mark, counted back from the
end the text sets."""

from tests.snippets import reports, resolution

SC = "The Security Council"


def test_report_due_before_termination_of_its_mandate():
    text = (
        "1. Decides to extend the mandate of the Panel of Experts until 29 September 2006;\n\n2. Requests the Panel of "
        "Experts to provide a final report no later than 30 days prior to termination of its mandate to the Council "
        "with its findings and recommendations;"
    )
    r = resolution(text, date="2006-03-29", organ=SC, preamble="Recalling its resolution 1591 (2005),")
    assert reports(r, "op", "due") == [(2, "2006-08-30")]
