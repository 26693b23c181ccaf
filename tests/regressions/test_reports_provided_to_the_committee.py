"""Fourth held-out gold (tests/mandate_gold/heldout4), S/RES/2253 (2015) ops 59 and 96: "to provide the
Committee an update on actions taken in six months", "to provide the Committee established pursuant to
resolutions 1267 (1999) and 1989 (2011) on a quarterly basis oral briefings" went to the Security
Council: after "provide", only an organ (or an actor "with a report") was read as the receiver, lest
"provide Member States with full details" be a report to Member States. A committee, named in full or
as "the Committee" after it was named, receives what it is provided as an organ does: a Security Council
sanctions committee (SanctionsCommittee, as the golds write it) and, in the Assembly's texts, the
Committee on Information or the Committee for Programme and Coordination."""

import pytest

from tests.snippets import reports, resolution

SANCTIONS = "Recalling the Committee established pursuant to resolution 1267 (1999) (the Committee),"
CASES = [
    (
        "SC",
        SANCTIONS,
        "59. Requests the Secretary-General to strengthen the capacity of the Office of the Ombudsperson, and to "
        "provide the Committee an update on actions taken in six months;",
        [(59, "SecretaryGeneral", "SanctionsCommittee")],
    ),
    (
        "SC",
        "Recalling its resolutions,",
        "96. Requests the Analytical Support and Sanctions Monitoring Team to provide the Committee established "
        "pursuant to resolutions 1267 (1999) and 1989 (2011) on a quarterly basis oral briefings on its analysis;",
        [(96, "MonitoringTeam1526", "SanctionsCommittee")],
    ),
    (  # already right: "to the Committee"
        "SC",
        SANCTIONS,
        "15. Calls upon Member States to report to the Committee interdictions in their territory of any oil;",
        [(15, "MemberStates", "SanctionsCommittee")],
    ),
    (  # "to the Council through the Committee": the Council receives it
        "SC",
        SANCTIONS,
        "6. Requests the Secretary-General to provide a final report to the Council through the Committee by "
        "1 December 2011;",
        [(6, "SecretaryGeneral", "SecurityCouncil")],
    ),
    (  # the Assembly's committees stay theirs
        "GA",
        "Recalling its resolutions,",
        "5. Requests the Secretary-General to provide the Committee on Information at its forty-seventh session "
        "an update on the activities of the Department;",
        [(5, "SecretaryGeneral", "CommitteeOnInformation")],
    ),
    (
        "GA",
        "Recalling its resolutions,",
        "5. Requests the Secretary-General to provide the Committee for Programme and Coordination a report on "
        "the evaluation;",
        [(5, "SecretaryGeneral", "CPC")],
    ),
    (  # what Member States are provided is no report
        "GA",
        "Recalling its resolutions,",
        "5. Requests the Secretary-General to provide Member States with full details on the plan;",
        [],
    ),
]


@pytest.mark.parametrize("organ,preamble,text,expected", CASES)
def test_reports_provided_to_the_committee(organ, preamble, text, expected):
    r = resolution(text, date="2025-04-03", organ=organ, preamble=preamble)
    assert reports(r, "op", "by", "to") == expected
