"""heldout27 05 (S/RES/1379 (2001) op 16): "Requests the Secretary-General to attach to his report a list of parties
to armed conflict ...": a list attached to op 15's report adds to that report, no new item (README: "include in his
next report" is not counted), but "his report" after "attach to" was read as a report asked for. So were the reports
that annexes are included in or presented in ("to include in the annexes to his reports on children and armed
conflict those parties", S/RES/1882 (2009) op 3, 1998 op 3, 2225 op 3; "to present the results of this review in an
annex to his report in February 2013", S/RES/2053 (2012) op 7, as heldout21 14 op 26 "submit as an annex to his next
report"; "to include in the annex to its annual report yearly statistics", A/RES/75/270 op 15). Now the words that
attach a thing to a report (reports.yaml `attaching`) before his/her/its/their and the report make it a host, as
those feeding it (`feeding`) do; a report asked of its own stays one."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "2001-11-20",
        "15. Requests the Secretary-General to submit a report to the Council by 31 October 2002 on the implementation "
        "of this resolution;\n\n16. Requests the Secretary-General to attach to his report a list of parties to armed "
        "conflict that recruit or use children in violation of the international obligations applicable to them;",
        [(15, "SecretaryGeneral", "2002-10-31")],
    ),
    (
        "SC",
        "2009-08-04",
        "3. Recalls paragraph 16 of its resolution 1379 (2001) and requests the Secretary-General also to include in "
        "the annexes to his reports on children and armed conflict those parties to armed conflict that engage in "
        "patterns of killing and maiming of children;",
        [],
    ),
    (
        "SC",
        "2009-08-04",
        "4. Invites the Secretary-General through his Special Representative for Children and Armed Conflict to "
        "exchange appropriate information with the governments concerned regarding violations and abuses committed "
        "against children by parties which may be included in the annexes to his periodic report;",
        [],
    ),
    (
        "SC",
        "2012-06-27",
        "7. Requests MONUSCO to undertake a strategic review on the implementation of the Strategy, requests further "
        "the Secretary-General to present the results of this review in an annex to his report in February 2013, and "
        "encourages donors to support the relevant Congolese authorities;",
        [],
    ),
    (
        "GA",
        "2020-12-31",
        "15. Encourages the Unit to continue to enhance the system, and requests the Unit to include in the annex to "
        "its annual report yearly statistics on the status of acceptance and implementation by participating "
        "organizations;",
        [],
    ),
    (
        "SC",
        "2001-11-20",
        "16. Requests the Secretary-General to submit to the Council by 31 October 2002 a report, with a list attached "
        "to it of parties to armed conflict;",
        [(16, "SecretaryGeneral", "2002-10-31")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_attached_to_his_report(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "due") == expected
