"""Found in heldout28 (A/RES/79/218 op 43: "urges further progress on the elaboration of such a centre, ..., and looks
forward to the submission of a report by the Secretary-General on the international investment support centre for
its consideration at its eightieth session": no report due, the golds' reading of every report looked forward to,
heldout24 21 ops 5, 10, 12, heldout9 21 op 5, heldout8 15 op 32, heldout7 10 op 9, heldout4 26 op 4): a report
looked forward to in the clause of a directive verb was read as asked by it (9bac8dd's choice, which no gold has
followed). "looks forward to" now ends a clause's reports as "welcomes" does. Corpus-full: the Assembly's yearly
disarmament texts ("Requests the Conference on Disarmament to consider ..., and looks forward to a report of the
Conference on this subject", A/RES/74/38 op 2 and six more) and 79/218 op 43; a report asked before it is kept, and so is one a verb
that hands the rest of the clause over asks after it ("and directs the CTC to submit an annual report", S/RES/1805
(2008) op 8)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "43. Takes note of the report of the Secretary-General on an international investment support centre, urges "
        "further progress on the elaboration of such a centre, as requested in paragraph 261 of the Doha Programme of "
        "Action, and looks forward to the submission of a report by the Secretary-General on the international "
        "investment support centre for its consideration at its eightieth session;",
        [],
        "GA",
    ),
    (
        "2. Requests the Conference on Disarmament to consider the formulation of principles, and looks forward to a "
        "report of the Conference on this subject;",
        [],
        "GA",
    ),
    (  # a report asked before it stays
        "5. Requests the Secretary-General to submit a report on the implementation of the present resolution to the "
        "General Assembly at its eightieth session, and looks forward to its consideration;",
        [("SecretaryGeneral", "GeneralAssembly", 80)],
        "GA",
    ),
    (  # a verb that hands the rest over after it still asks (S/RES/1805 (2008) op 8)
        "8. Welcomes the work of the Committee, looks forward to the Global Implementation Survey of resolution 1373 "
        "(2001), and directs the CTC to submit an annual report on the implementation of this resolution;",
        [("SanctionsCommittee", "SecurityCouncil", None)],
        "SC",
    ),
]


@pytest.mark.parametrize("text,expected,organ", CASES)
def test_report_looked_forward_to(text, expected, organ):
    r = resolution(text, date="2008-03-26" if organ == "SC" else "2024-12-19", organ=organ)
    assert reports(r, "by", "to", "session") == expected
