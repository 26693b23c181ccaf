"""A report word in a capacity the text names, not asked of anyone: "be able to brief" (A/RES/77/227 op 11), and a
second infinitive of such a capacity, the capable one's: "Requests the Secretary-General to provide an update to the
Council in his next report pursuant to paragraph 50 on the ways in which MONUSCO will be best prepared to address
security risks and to monitor and report on human rights violations" (S/RES/2277 (2016) op 52, heldout33 19): the
update is given in op 50's report (no item), and the mission's monitoring and reporting is what it is on, no report of
its own (read before as a written report of the Secretary-General). Not past a new request, nor where the infinitive
is the addressee's own after a finite verb of the clause ("in which MINUSCA would focus ... and hand over activities
... and to report to the Security council", S/RES/2387 (2017)), nor where it is the requester's second task ("to
ensure that UNMISS is able to implement its mandate and to report to the Council", review51 1), nor the directive's own
"to be prepared to report": those are asked."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "52. Requests the Secretary-General to provide an update to the Council in his next report pursuant to paragraph "
        "50 on the ways in which MONUSCO will be best prepared to address security risks and to monitor and report on "
        "human rights violations and abuses in the context of the elections, including in terms of deployment of the "
        "Force in areas identified as potential zones of instability;",
        [],
    ),
    (  # the update asked, with the capacity in what it is on: the update alone
        "52. Requests the Secretary-General to provide an update to the Council by 30 June 2016 on the ways in which "
        "MONUSCO will be best prepared to address security risks and to monitor and report on human rights violations;",
        [(52, "SecretaryGeneral", "SecurityCouncil", "2016-06-30")],
    ),
    (  # must not take: no capacity, the addressee's own infinitive
        "32. Requests MINUSCA to articulate a division of labour with the UNCT and relevant partners in which MINUSCA "
        "would focus on immediate, short and medium-term priorities and hand over activities in long-term areas to "
        "relevant partners and to report to the Security council on benchmarks for tasks to be handed over;",
        [(32, "MINUSCA", "SecurityCouncil", None)],
    ),
    (  # must not take: a new request after the capacity
        "57. Requests the Secretary-General to ensure that the Mission is able to carry out its tasks, and requests the "
        "Secretary-General to report to the Council by 30 June 2016 on the Mission's preparedness;",
        [(57, "SecretaryGeneral", "SecurityCouncil", "2016-06-30")],
    ),
    (  # must not take: the requester's own second infinitive after a capacity its first one ensures (review51 1)
        "5. Requests the Secretary-General to take the necessary steps to ensure that UNMISS is able to implement its "
        "mandate and to report to the Council by 30 June 2020 on progress made;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "2020-06-30")],
    ),
    (  # must not take: the same, with a comma before "and to"
        "5. Requests the Secretary-General to ensure that the Mission is able to carry out its tasks, and to report to "
        "the Council by 30 June 2016;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "2016-06-30")],
    ),
    (  # must not take: a briefing, the requester's second task
        "52. Requests the Secretary-General to ensure that the Mission is able to carry out its tasks and to brief the "
        "Council by 30 June 2016;",
        [(52, "SecretaryGeneral", "SecurityCouncil", "2016-06-30")],
    ),
    (  # must not take: the directive's own "to be prepared to report" is a report asked, with its time
        "7. Requests the Secretary-General to be prepared to report to the Council by 31 December 2016 on the "
        "implementation of this resolution;",
        [(7, "SecretaryGeneral", "SecurityCouncil", "2016-12-31")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_in_a_capacity_of_another(text, expected):
    r = resolution(text, date="2016-03-30")
    assert reports(r, "op", "by", "to", "due") == expected
