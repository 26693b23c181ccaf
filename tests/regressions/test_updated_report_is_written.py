"""An "updated report" is a written report: "Requests the Secretary-General to submit to the General
Assembly at its eightieth session an updated report on the matter" (A/RES/79/23 op 4, held-out gold)
had no form, the word "update" in "updated" being read as an update whose form is not said."""

import pytest

from tests.snippets import reports, snippet

PRE = "The General Assembly,\n\nRecalling its resolution 78/20,\n\n1. "

CASES = [
    (
        "Requests the Secretary-General to submit to the General Assembly at its eightieth session an updated report on "
        "the matter;",
        [("SecretaryGeneral", "GeneralAssembly", 80, "written")],
    ),
    (
        "Requests the Secretary-General to submit an updated report to the General Assembly at its eightieth session;",
        [("SecretaryGeneral", "GeneralAssembly", 80, "written")],
    ),
    # an update whose form the text does not say stays without one
    (
        "Requests the Secretary-General to provide an update to the General Assembly at its eightieth session;",
        [("SecretaryGeneral", "GeneralAssembly", 80, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_updated_report_form(text, expected):
    r = snippet(PRE + text + "\n")
    assert reports(r, "by", "to", "session", "form") == expected
