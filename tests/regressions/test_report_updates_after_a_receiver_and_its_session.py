"""Updates asked for after their receiver and its session: "requests the Secretary-General to provide to the General
Assembly at its seventy-fifth session further updates on this matter" (A/RES/74/252 op 119, and its yearly kin
A/RES/75/244 op 123, 76/237 op 122) gave no report: the receiver and its session, longer than the window read before
the noun, hid the verb that asks for them. Now one report to the Assembly at that session, as "provide to the Committee
updates each month" and "provide further updates on this matter to the General Assembly at its seventy-fifth session"
already gave."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/74/252 op 119
        "119. Notes the update provided by the Secretary-General regarding the pilot project, and requests the "
        "Secretary-General to provide to the General Assembly at its seventy-fifth session further updates on this "
        "matter, including on the quality of services;",
        [("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
    (
        "119. Requests the Secretary-General to provide further updates on this matter to the General Assembly at its "
        "seventy-fifth session;",
        [("SecretaryGeneral", "GeneralAssembly", 75)],
    ),
    # updating a thing is no report
    (
        "119. Requests the Secretary-General to provide to the General Assembly at its seventy-fifth session updated "
        "information on this matter;",
        [],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_report_updates_after_a_receiver_and_its_session(text, want):
    got = reports(resolution(text, date="2019-12-27", organ="GA"), "by", "to", "session")
    assert got == want
