"""Found in a corpus-full sample of report requests (stop 37, seed 37370): "Requests the Secretary-General to keep
the Security Council regularly informed ... and to submit to the Security Council, no later than 15 September 2013, a
report providing an update on the planned completion of UNIPSIL's mandate" (S/RES/2097 (2013) op 3) asks for one
report, dated; the update it provides was read as a second report, undated and of no form. The same for "a
comprehensive report that provides a forward-looking assessment of the workplace" (A/RES/75/253 C op 4), as for "a
report containing an assessment" (report_within.WITH_BEFORE). "Providing" only after a report noun: "to continue
providing an update" asks for the update."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "3. Requests the Secretary-General to keep the Security Council regularly informed of the developments on the "
        "ground and to submit to the Security Council, no later than 15 September 2013, a report providing an update "
        "on the planned completion of UNIPSIL’s mandate and the transfer of responsibilities to a United Nations "
        "Country Team;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", "2013-09-15", "written")],
    ),
    (
        "4. Recalls paragraphs 13 and 16 of the report of the Advisory Committee, and requests the Secretary-General "
        "to present to the General Assembly during the seventy-eighth session a comprehensive report that provides a "
        "forward-looking assessment of the workplace at United Nations Headquarters and that covers, inter alia, the "
        "evolving needs of the Organization, findings from the ongoing work to define future work modalities, lessons "
        "learned from the flexible workplace project and the experience of the coronavirus disease (COVID-19) "
        "pandemic, the impact of any new work modalities, including with respect to flexible work arrangements, the "
        "Secretary-General’s strategic assessment and cost-benefit analysis of the Organization’s real estate "
        "portfolio in New York, implications for other United Nations offices, the realization of additional "
        "efficiency gains, considerations related to productivity, health and occupational safety and staff "
        "well-being, and proposals on any future flexible workforce needs, including costs and benefits, and that is "
        "considered in conjunction with an evaluation conducted by the Office of Internal Oversight Services of the "
        "completed flexible workplace project to be presented at the same session;",
        "GA",
        [("SecretaryGeneral", "GeneralAssembly", None, "written")],
    ),
    (  # an update asked for by "providing" with no report before it
        "5. Requests the Secretary-General to continue providing an update to the Council every six months;",
        "SC",
        [("SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
]


@pytest.mark.parametrize("text,organ,expected", CASES)
def test_report_providing_an_update(text, organ, expected):
    r = resolution(text, date="2013-03-26", organ=organ)
    assert reports(r, "by", "to", "due", "form") == expected
