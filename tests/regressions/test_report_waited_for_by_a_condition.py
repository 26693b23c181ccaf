"""A report that a condition waits for is not one asked for. corpus-full, S/RES/1647 (2005) op 1 and
its successors (1731, 1792, 1854, 1903, 1961, 2025, 2079): "Decides ... To review any of the above
measures at the request of the new Government of Liberia, once the Government reports to the Council
that the conditions ... have been met" gave a report of the Council to itself; so did "will terminate
when the Committee reports to the Security Council that" (S/RES/1636), "Decides to convene immediately
upon receipt of a report" (S/RES/1441), "terminate the mandate earlier if the Commission reports that"
(S/RES/1748, 1815) and "if the Secretary-General reports such fighting" (S/RES/2418); "to take into
account child protection when briefing the Council" (S/RES/2143, 2427, 2601) asks for no briefing, and
"to report on X when reporting on the implementation of the present resolution" is one report, not two
(A/RES/74/221 and its successors). Found while surveying the reports of the Council to itself, after
the third held-out set (h3b)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "1. Decides to review any of the above measures at the request of the new Government of Liberia, once the "
        "Government reports to the Council that the conditions set out in resolution 1521 (2003) for terminating "
        "the measures have been met, and provides the Council with information to justify its assessment;",
        [],
    ),
    (
        "SC",
        "3. Decides that the Committee and any measures still in force will terminate when the Committee reports "
        "to the Security Council that all investigative and judicial proceedings have been completed;",
        [],
    ),
    ("SC", "12. Decides to convene immediately upon receipt of a report in accordance with paragraph 4 above;", []),
    (
        "SC",
        "22. Encourages the United Nations Secretariat, including DPO and DPPA, to take into account child "
        "protection when briefing the Council on country-specific situations;",
        [],
    ),
    (
        "SC",
        "3. Requests the Secretary-General to report by 30 June 2018 whether any fighting has taken place, and "
        "decides that if the Secretary-General reports such fighting, it shall consider applying measures;",
        [(3, "SecretaryGeneral", "SecurityCouncil", "2018-06-30")],
    ),
    (  # the condition does not reach past an infinitive: a report asked for "if appropriate"
        "SC",
        "5. Requests the Secretary-General, if appropriate to submit a report to the Council by 1 August 2018;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "2018-08-01")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_a_report_in_a_condition_is_not_asked_for(organ, text, expected):
    r = resolution(text, date="2018-05-31", organ=organ)
    assert reports(r, "op", "by", "to", "due") == expected
