"""The three reports due of corpus-full with no reporter, which the SHACL shapes reject, read right:

- "Decides that the Conference shall adopt, by consensus, a ... declaration ... and a report containing the Co-Chairs'
  summaries" (A/RES/78/128 op 19): a body adopting its own report, delivered to no one: no report due;
- "Decides that paragraph 12 (g) of resolution 1718 shall be replaced by the following: To report at least every 120
  days to the Security Council on its work" (S/2024/255 op 7): a task of the 1718 Committee's list, the Committee's
  report (the organ's committee, organs.yaml);
- "(b) Requests the Secretary-General to ensure that compliance ... is reviewed regularly, through a process ...
  coordinated by a focal point ..., so as to report to the Secretary-General through his Special Representative by
  31 July 2004" (S/RES/1539 (2004) op 5 (b)): what reaches the one asked for his own task, of no one else named: no
  report due (the Secretary-General's own report in the next paragraph is still read)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "2023-12-05",
        "19. Decides that the Conference shall adopt, by consensus, a brief, concise, action-oriented and "
        "intergovernmentally agreed declaration focusing on areas of accelerated and collective action to support the "
        "implementation of Goal 14 and a report containing the Co-Chairs’ summaries of the Ocean Action panels, as well "
        "as a list of voluntary commitments;\n\n20. Requests the Secretary-General to submit a report to the General "
        "Assembly at its seventy-ninth session;",
        [(20, "SecretaryGeneral", "GeneralAssembly", None)],
    ),
    (
        "SC",
        "2024-03-28",
        "7. Decides that paragraph 12 (g) of resolution 1718 shall be replaced by the following: To report at least "
        "every 120 days to the Security Council on its work, with its observations and recommendations;",
        [(7, "SanctionsCommittee", "SecurityCouncil", "P120D")],
    ),
    (
        "SC",
        "2004-04-22",
        "5. Takes note with deep concern of the continued recruitment of children and, in this regard:\n\n(a) Calls "
        "upon these parties to prepare within three months concrete time-bound action plans;\n\n(b) Requests the "
        "Secretary-General to ensure that compliance by these parties is reviewed regularly, through a process "
        "involving all stakeholders at the country level, and coordinated by a focal point to be designated by the "
        "Secretary-General, so as to report to the Secretary-General through his Special Representative by 31 July "
        "2004;\n\n6. Requests the Secretary-General to report to the Council by 31 July 2004;",
        [(6, "SecretaryGeneral", "SecurityCouncil", None)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_every_report_names_its_reporter(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "every") == expected
    assert all(x.by for x in r.reports_due)
