"""The membership named with the Organization's name after "to all" receives the report: "further requests that, after a
discussion with the Committee, the Panel of Experts submit to the Council its midterm report on a confidential basis and
provide an oral briefing on the report to all UN Member States by 20 September 2024" (S/2024/255 op 2, heldout39 06)
gave the briefing to the Council: report_receivers.RECEIVER_LEAD read "to all" only right before "Member States". The
Member States the report is about receive nothing, and "to all United Nations entities" stays theirs.
"""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = (
    "Recalling its resolution 1874 (2009) and the Panel of Experts established pursuant to resolution 1874 (2009),"
)
CASES = [
    (
        "2. Requests the Panel of Experts to provide an oral briefing on the report to all UN Member States by "
        "20 September 2024;",
        [("MemberStates", "2024-09-20", "oral")],
    ),
    (
        "2. Requests the Panel of Experts to provide an oral briefing on its work to all United Nations Member States;",
        [("MemberStates", None, "oral")],
    ),
    (
        "2. Requests the Panel of Experts to provide to the Council a report on the assistance given to all UN Member "
        "States;",
        [("SecurityCouncil", None, "written")],
    ),
    (
        "2. Requests the Panel of Experts to provide an oral briefing on its work to all United Nations entities;",
        [("UNSystemEntities", None, "oral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_receiver_all_un_member_states(text, expected):
    r = resolution(text, date="2024-03-28", preamble=PREAMBLE)
    assert reports(r, "to", "due", "form") == expected
