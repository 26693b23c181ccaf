"""A report referred to ("the", "this", "the updated reports called for under paragraph 6 of resolution 1455
(2003)") that a verb of delivery asks someone to hand in, to a receiver or by a time, is a report due
(report_redelivered.py): "Requests all States that have not yet done so to submit to the Committee by 31 March 2004
the updated reports called for under paragraph 6 of resolution 1455 (2003)" (S/RES/1526 (2004) op 22), "requests the
Secretary-General to transmit this report to the Security Council" (S/RES/1975 (2011) op 8) and "to submit the report
referred to in paragraph 3 by 1 June" were none. Not a report this text asked for before said again with its receiver
("to submit the above-mentioned report and recommendations to the Human Rights Council", A/HRC/RES/55/26 op 12, the
first gold), nor one the paragraph asked in an earlier clause ("to complete subsequent reports every 180 days ..., and
requests the Special Adviser to present these reports to the Security Council", S/RES/2379 (2017) op 15), nor what is
provided "as part of the report" or "in that report". The time may stand right after what the report is to include,
past the 160 characters read otherwise ("the final report referred to in paragraphs 18 and 19 of resolution 1962 (2010),
including the findings and recommendations on UNOCI mandate following the assessment mission deployed to Côte
d’Ivoire, no later than 30 June 2011", S/RES/1981 (2011) op 2: 190 characters on), but a year inside that phrase is
no time of the report's ("including on progress ... to eradicate poverty by 2030")."""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = "Recalling the Committee established pursuant to resolution 1267 (1999),"
CASES = [
    (
        "22. Requests all States that have not yet done so to submit to the Committee by 31 March 2004 the updated "
        "reports called for under paragraph 6 of resolution 1455 (2003), following as closely as possible the guidance "
        "document previously provided by the Committee;",
        [(22, "States", "SanctionsCommittee", "2004-03-31")],
    ),
    (
        "8. Calls upon all parties to fully cooperate with the independent international commission of inquiry, and "
        "requests the Secretary-General to transmit this report to the Security Council;",
        [(8, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
    (
        "17. Requests the Secretary-General to submit the report referred to in paragraph 3 by 1 June 2004;",
        [(17, "SecretaryGeneral", "SecurityCouncil", "2004-06-01")],
    ),
    (  # S/RES/1981 (2011) op 2: the time 190 characters after the report, past what it is to include (was none)
        "2. Requests the Secretary-General to submit to it the final report referred to in paragraphs 18 and 19 of "
        "resolution 1962 (2010), including the findings and recommendations on UNOCI mandate following the assessment "
        "mission deployed to Côte d’Ivoire, no later than 30 June 2011;",
        [(2, "SecretaryGeneral", "SecurityCouncil", "2011-06-30")],
    ),
    (  # near miss: the time is another clause's (the review's), the clause ending at its "and expresses"
        "2. Requests the Secretary-General to submit the final report referred to in paragraphs 18 and 19 of resolution "
        "1962 (2010), including the findings and recommendations on UNOCI mandate following the assessment mission "
        "deployed to Côte d’Ivoire and the views of the parties consulted on the ground, and expresses its intention "
        "to review the mandate of the Operation no later than 30 June 2011;",
        [],
    ),
    (  # near miss: the year 227 characters on is inside what the report is to include, no time of its own (none)
        "3. Requests the Secretary-General to submit the report referred to in paragraph 2, including on progress made "
        "in the implementation of the present resolution and on the measures taken by Member States, the United Nations "
        "system and other relevant stakeholders to eradicate poverty by 2030;",
        [],
    ),
    (
        "12. Further requests the Secretary-General to submit the above-mentioned report and recommendations to the "
        "Security Council, then to share them with the African Union;",
        [],
    ),
    (
        "15. Requests the Special Adviser to complete subsequent reports every 180 days thereafter, and requests the "
        "Special Adviser to present these reports to the Security Council;",
        [(15, "SpecialRepresentatives", "SecurityCouncil", None)],
    ),
    (
        "7. Requests the Secretary-General to submit in that report proposals to the Security Council on ways to "
        "address the situation;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_referred_to_asked_again(text, expected):
    r = resolution(text, date="2004-01-30", preamble=PREAMBLE)
    assert reports(r, "op", "by", "to", "due") == expected
