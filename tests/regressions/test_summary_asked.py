"""Found in heldout14 (A/RES/78/280 op 32: "to draft and circulate a summary of the meeting", counted as a written
report of the President of the General Assembly to the Assembly, README "What counts": "a report, an update, an
assessment, a note"): a summary that a delivery verb asks for is a report, as the General Assembly's "to prepare a
summary of the hearing prior to the high-level meeting" and "to prepare a summary of the discussion for transmission to
the Commission on Crime Prevention and Criminal Justice" are (38 such lines on corpus-full). Not a summary a report
holds ("a report containing a summary of those consultations" is one report), nor one only taken note of."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "32. Requests the President of the General Assembly to convene, in 2025, a one-day high-level interactive "
        "dialogue on the determinants of health and to draft and circulate a summary of the meeting;",
        [("PresidentGeneralAssembly", "GeneralAssembly", "written")],
    ),
    (
        "8. Requests the President of the General Assembly to organize an interactive multi-stakeholder hearing, and "
        "further requests the President to prepare a summary of the hearing prior to the high-level meeting;",
        [("PresidentGeneralAssembly", "GeneralAssembly", "written")],
    ),
    (
        "16. Requests the Secretary-General to prepare a report containing a summary of those consultations and to "
        "present it to the General Assembly at its eightieth session;",
        [("SecretaryGeneral", "GeneralAssembly", "written")],
    ),
    (
        "5. Takes note of a summary of the discussions held at the high-level meeting;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_summary_asked(text, expected):
    r = resolution(text, date="2024-05-20", organ="GA")
    assert reports(r, "by", "to", "form") == expected
