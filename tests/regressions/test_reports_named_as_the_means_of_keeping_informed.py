"""Third held-out gold: "Requests the Secretary-General to continue to keep the Security Council
regularly informed ..., including through oral updates and written reports every 90 days as set out
in resolution 2461 (2019), with the next report due by 13 August 2020" (S/RES/2527 (2020) op 2;
the Somalia, Libya and AMISOM renewals of corpus-full) had no report: "keep informed" asks for none
and "through his reports" refers to reports, but the means named with a cycle of their own are
reports asked for, one per form. A report verb whose means are so named is the same report
("and report back to the Council, through the provision of written reports, every 90 days")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2. Requests the Secretary-General to continue to keep the Security Council regularly informed on the "
        "implementation of this resolution, including through oral updates and written reports every 90 days as set "
        "out in resolution 2461 (2019), with the next report due by 13 August 2020, on the situation on the ground;",
        "2020-06-22",
        [
            (2, "SecretaryGeneral", "SecurityCouncil", None, None, "oral"),
            (2, "SecretaryGeneral", "SecurityCouncil", "2020-08-13", "P90D", "written"),
        ],
    ),
    (
        "8. Requests the AU to keep the Security Council regularly informed on the implementation of AMISOM’s mandate "
        "through the provision of written reports to the Secretary-General every 90 days;",
        "2013-03-06",
        [(8, "AfricanUnion", "SecretaryGeneral", None, "P90D", "written")],
    ),
    (
        "24. Requests the Secretary-General to keep the Council regularly informed of the situation in Mali and to "
        "report back to the Council, through the provision of written reports, every 90 days, on the implementation "
        "of this resolution;",
        "2012-12-20",
        [(24, "SecretaryGeneral", "SecurityCouncil", None, "P90D", "written")],
    ),
    (  # no cycle of their own: the reports he writes anyway
        "5. Requests the Secretary-General to keep the Council informed through his reports;",
        "2012-12-20",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_reports_named_as_the_means_of_keeping_informed(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert reports(r, "op", "by", "to", "due", "every", "form") == expected
