"""A study or findings handed to an organ were no report: "to prepare ... a study on the role of States
and the private sector ..., and to present the study to the Human Rights Council at its sixty-sixth
session" (A/HRC/RES/59/13 op 7, held-out five, and eight HRC studies of corpus-full), "to conduct a
Military and Police capability study ..., and that findings be submitted to the Security Council within
120 days from the adoption of this resolution" (S/RES/2820 (2026) op 12, held-out five), "requests that
any such group provide its findings to the Committee" (S/RES/2182 (2014) op 7). Only so handed: a study
conducted or findings reported on ask for no report of their own."""

import pytest

from tests.snippets import facts, resolution

CASES = [
    (
        "HRC",
        "2025-07-07",
        "7. Requests the Office of the High Commissioner to prepare, in consultation with States, a study on the role "
        "of States and the private sector in preventing the negative human rights impact of arms transfers, and to "
        "present the study to the Human Rights Council at its sixty-sixth session;",
        [("OHCHR", "HumanRightsCouncil", 66, None, None, "written")],
    ),
    (
        "SC",
        "2026-04-30",
        "12. Requests the Secretary-General to conduct a Military and Police capability study, in close coordination "
        "with the Force Commander for the purpose of assessing the adequacy of the Mission’s current force levels, and "
        "that findings be submitted to the Security Council within 120 days from the adoption of this resolution;",
        [("SecretaryGeneral", "SecurityCouncil", None, "2026-08-28", "P120D", "written")],
    ),
    (  # conducted, not handed in
        "SC",
        "2018-03-15",
        "6. Takes note of the Secretary-General’s intention to conduct a military and police capability study, and "
        "requests the Secretary-General to conduct a study on the matter;",
        [],
    ),
    (  # the findings a report holds
        "SC",
        "2011-09-16",
        "9. Requests the Secretary-General to continue to report on the findings of its missions and its "
        "recommendations every six months;",
        [("SecretaryGeneral", "SecurityCouncil", None, None, None, "written")],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_a_study_or_findings_handed_in(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert facts(r.reports_due, ("by", "to", "session", "due", "within", "form")) == expected
