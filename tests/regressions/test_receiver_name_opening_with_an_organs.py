"""A receiver or channel whose name opens with an organ's: "to report to the Security Council, through the Security
Council Committee established by paragraph 14 of resolution 1572 (2004) (the Committee), any hindrance" (S/RES/1584
(2005) op 6, 1643 (2005) op 5) gave the Council as the channel of a report to the Council: the organ's name was
found first and the actor's longer name that opens with it ("Security Council Committee", the vocabulary's
SanctionsCommittee) was left out as inside it. The longer name now wins, as it already did where the actor's name
starts after the organ's ("the Security Council Committee established pursuant to resolution 1267"); so do the
Council's working group and the Human Rights Council's Advisory Committee, which were read as their organs."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/1584 (2005) op 6: through the Committee, one report each
        "SC",
        "6. Requests the Secretary-General and the French Government immediately to report to the Security Council, "
        "through the Security Council Committee established by paragraph 14 of resolution 1572 (2004) (the "
        "Committee), any hindrance or difficulty in implementing the tasks described in paragraph 2 (b) above;",
        [
            ("SecretaryGeneral", "SecurityCouncil", "SanctionsCommittee"),
            ("state:FRA", "SecurityCouncil", "SanctionsCommittee"),
        ],
    ),
    (  # the actor's name after the organ's, read so before
        "SC",
        "14. Requests the Analytical Support and Sanctions Monitoring Team to report to the Security Council "
        "Committee established pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) on these discussions "
        "as appropriate;",
        [("MonitoringTeam1526", "SanctionsCommittee", None)],
    ),
    (  # a working group of the Council, named in full
        "SC",
        "5. Requests the Secretary-General to report to the Security Council Working Group on Children and Armed "
        "Conflict on the progress made;",
        [("SecretaryGeneral", "SCWorkingGroupCAAC", None)],
    ),
    (  # the Council's Advisory Committee, not the Council
        "HRC",
        "5. Requests the Office of the High Commissioner to submit a report to the Human Rights Council Advisory "
        "Committee at its next session;",
        [("OHCHR", "HRCAdvisoryCommittee", None)],
    ),
    (  # the organ alone, as before
        "SC",
        "6. Requests the Secretary-General to report to the Security Council, through the Committee, any hindrance;",
        [("SecretaryGeneral", "SecurityCouncil", "SanctionsCommittee")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_receiver_name_opening_with_an_organs(organ, text, expected):
    r = resolution(text, date="2005-02-01", organ=organ)
    assert reports(r, "by", "to", "through") == expected
