"""Found in heldout14 (16: S/RES/2000 (2011) op 18, and its twin S/RES/1991 (2011) op 23): "to regularly brief and
inform it on the significant events of the electoral process" asks for a briefing (README: "Briefings count, with
form: oral"), though "and inform it" is none of the words that report_keywords.BRIEF_VERB expected after "brief": after
"to" or a modal "brief" is the verb whatever follows it ("to brief, as appropriate, the 1540 Committee", S/RES/2319
(2016) op 9, whose receiver is read past the qualifier). A written report asked after the briefing with a verb of its
own ("..., and to provide a comprehensive assessment of the ... environment following the elections") stays a report
of its own, not the same one said again. Not a briefing where another task shares its object ("to regularly brief and
organize demonstrations for delegates", A/RES/77/335 op 46, a training)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "SC",
        "18. Requests the Secretary-General to provide to it a midterm report no later than 31 December 2011, and "
        "further requests the Secretary-General to regularly brief and inform it on the significant events of the "
        "electoral process, including on UNOCI’s support to this process;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2011-12-31", "written"),
            ("SecretaryGeneral", "SecurityCouncil", None, "oral"),
        ],
    ),
    (
        "SC",
        "23. Requests the Secretary-General to report in October 2011, further requests the Secretary-General to "
        "regularly brief and inform it on the significant events of the electoral process, including on MONUSCO’s "
        "support to this process, and to provide a comprehensive assessment of the political, security, humanitarian "
        "and human rights environment following the elections;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2011-10", "written"),
            ("SecretaryGeneral", "SecurityCouncil", None, "oral"),
            ("SecretaryGeneral", "SecurityCouncil", None, "written"),
        ],
    ),
    (
        "SC",
        "9. Invites the Secretary-General to brief, as appropriate, the 1540 Committee on the progress made;",
        [("SecretaryGeneral", "SanctionsCommittee", None, "oral")],
    ),
    (
        "GA",
        "46. Requests the Secretariat to regularly brief and organize demonstrations for delegates on the use of the "
        "e-deleGATE platform and other online tools;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_brief_verb_past_any_object(organ, text, expected):
    r = resolution(text, date="2011-06-28", organ=organ)
    assert reports(r, "by", "to", "due", "form") == expected
