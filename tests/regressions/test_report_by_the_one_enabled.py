"""Held-out gold: "To provide all assistance necessary to enable the Special Envoy on Myanmar, once
appointed, to promptly and effectively discharge its mandate and to report to Member States
periodically" (A/RES/78/219 op 30(c)) gave the Secretary-General as reporter: the one enabled to
report reports, when it can be a reporter: "to enable the international community to respond ... and
to report to the Security Council" (S/RES/2303 (2016) op 12) is the Secretary-General's. A report asked after a clause of its own ("...; requests it to report") is not."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "30. Requests the Secretary-General: (a) To continue to provide his good offices; (c) To provide all "
        "assistance necessary to enable the Special Envoy on Myanmar, once appointed, to promptly and effectively "
        "discharge its mandate and to report to Member States periodically, or as warranted by the situation on the "
        "ground;",
        [("SpecialEnvoys", "MemberStates")],
    ),
    (
        "31. Requests the Secretary-General to provide the Special Rapporteur with all the assistance necessary to "
        "enable him to discharge his mandate, and to report to the General Assembly at its seventy-ninth session;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "32. Requests the Secretary-General to enable the Special Envoy to carry out the mandate, and requests the "
        "Secretary-General to report to the General Assembly at its seventy-ninth session;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "33. Requests the Secretary-General to advance contingency planning, to enable the international community "
        "to respond to any further deterioration of the situation and to report to the General Assembly as needed;",
        [("SecretaryGeneral", "GeneralAssembly")],
    ),
]


@pytest.mark.parametrize("text,expected_reports", CASES)
def test_the_one_enabled_reports(text, expected_reports):
    r = resolution(text, date="2023-12-19", organ="GA")
    assert reports(r, "by", "to") == expected_reports
