"""A report's "through" names an intermediary ("to the Council, through the Secretary-General"), not a means
or a topic: "report, within twelve months, on strengthening coordination ..., including through the
United Nations' Inter-Agency Coordination Group" (S/RES/2331 (2016) op 23) gave through=UNSystemEntities;
"including through briefings to the Security Council and no fewer than three written reports" (S/RES/2657
(2022) op 15, 2705 op 14) through=SecurityCouncil; "on options for how UNMIS can reinforce the effort ...
through appropriate assistance to AMIS" (S/RES/1590 (2005) op 5) through=AMIS (8 such reports of
corpus-full)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "23. Requests the Secretary-General to follow up the implementation of this resolution and report, within "
        "twelve months, on strengthening coordination within the United Nations system, including through the "
        "United Nations’ Inter-Agency Coordination Group against Trafficking in Persons (ICAT), to prevent "
        "trafficking;",
        [("SecurityCouncil", None)],
    ),
    (
        "15. Requests the Secretary-General to keep the Security Council regularly informed of the situation, "
        "including through briefings to the Security Council and no fewer than three written reports, with the "
        "first report due by 15 February 2017, and every 120 days thereafter;",
        [("SecurityCouncil", None), ("SecurityCouncil", None)],
    ),
    (
        "5. Requests the Secretary-General to report to the Council within 30 days on options for how UNMIS can "
        "reinforce the effort to foster peace in Darfur through appropriate assistance to AMIS;",
        [("SecurityCouncil", None)],
    ),
    (
        "5. Requests the leadership of the International Security Assistance Force to provide quarterly reports on "
        "the implementation of its mandate to the Security Council through the Secretary-General;",
        [("SecurityCouncil", "SecretaryGeneral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_through_a_means_is_no_intermediary(text, expected):
    r = resolution(text, date="2016-12-20")
    assert reports(r, "to", "through") == expected
