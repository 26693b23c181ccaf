"""Heldout13 28 (A/HRC/RES/57/3 op 27): "to present, during an enhanced interactive dialogue also including the
Special Rapporteur's oral update requested in paragraph 22 above, a comprehensive report" is a written report: the oral
update the scope names is another report's (report_forms.OTHERS_ORAL). Corpus-full over /tmp/cf-open: 2 forms oral ->
written (A/HRC/RES/54/1 op 27, 57/3 op 27), 2/2 right."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "27. Also requests the Office of the High Commissioner to present, during an enhanced interactive dialogue also "
        "including the Special Rapporteur’s oral update requested in paragraph 22 above, a comprehensive report;",
        [(27, "written")],
    ),
    # its own oral update stays oral
    (
        "22. Requests the Special Rapporteur to present an oral update to the Human Rights Council at its fifty-eighth "
        "session;",
        [(22, "oral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_form_not_from_another_report(text, expected):
    r = resolution(text, date="2024-10-09", organ="HRC")
    assert reports(r, "op", "form") == expected
