"""heldout26 25 (A/RES/74/92 ops 35, 37): "to report to the Committee on Information at its successive sessions" was
read with no cycle; the gold reads the Committee's yearly cadence, every P1Y, as heldout 18 reads "report to the Forum
at each session". cycles.yaml `sessions` now reads "at its successive sessions" as "at each session" (the receiving
organ's calendar). The same words recur in each year's text on the Department (A/RES/76/84 ops 53, 55, 77/128 ops 61,
72, 78/80 ops 61, 72). "at its future sessions" is left unread (no set has read it)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "35. Stresses the importance of rationalizing the network of United Nations information centres, and in this "
        "regard requests the Secretary-General to continue to make proposals in this direction, including through the "
        "redeployment of resources where necessary, and to report to the Committee on Information at its successive "
        "sessions;",
        [("SecretaryGeneral", "CommitteeOnInformation", "P1Y")],
    ),
    (
        "37. Recognizes that the network of United Nations information centres should continue to enhance its impact "
        "and activities, and calls upon the Secretary-General to report on the implementation of this approach to the "
        "Committee on Information at its successive sessions;",
        [("SecretaryGeneral", "CommitteeOnInformation", "P1Y")],
    ),
    (
        "10. Requests the Secretary-General to report thereon to the General Assembly at its future sessions;",
        [("SecretaryGeneral", "GeneralAssembly", None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_at_its_successive_sessions(text, expected):
    r = resolution(text, date="2019-12-13", organ="GA")
    assert reports(r, "by", "to", "every") == expected
