"""Found in heldout36 (S/RES/2600 (2021) op 3: "Also requests the Secretary-General to convey the findings of this
assessment to the Security Council within six months following the adoption of this resolution": one report to the
Council, within P6M, due 2022-04-15, form left out): findings "conveyed" to an organ are handed to it as findings
"provided", "submitted" or "presented" are (report_handed.HANDED_BEFORE, reports.yaml `handing`), and conveying says
no form (report_forms.CONVEYED, `handing_formless`: the gold leaves it out), where findings "submitted" stay written
(S/RES/2820 (2026) op 12, heldout5 04). Corpus-full: the one text so worded. Not taken: findings conveyed to no one
named, and "to convey to the Security Council his assessment of potential threats ..., as appropriate" (heldout16
06 op 5: an assessment conveyed case by case, no report; no findings or study)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "3. Also requests the Secretary-General to convey the findings of this assessment to the Security Council "
        "within six months following the adoption of this resolution;",
        [("SecretaryGeneral", "SecurityCouncil", "2022-04-15", "P6M", None)],
    ),
    (  # submitted: written, as before
        "3. Also requests the Secretary-General to submit the findings of this assessment to the Security Council "
        "within six months following the adoption of this resolution;",
        [("SecretaryGeneral", "SecurityCouncil", "2022-04-15", "P6M", "written")],
    ),
    (  # conveyed to no one named: no report
        "3. Also requests the Secretary-General to convey the findings of this assessment within six months;",
        [],
    ),
    (  # an assessment conveyed "as appropriate" (heldout16 06 op 5): no report
        "5. Expresses its willingness to give prompt consideration to early warning or prevention cases brought to its "
        "attention by the Secretary-General and in this regard, encourages the Secretary-General to convey to the "
        "Security Council his assessment of potential threats to international peace and security, as appropriate, in "
        "accordance with Article 99 of the Charter;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_findings_conveyed_to_the_council(text, expected):
    r = resolution(text, date="2021-10-15")
    assert reports(r, "by", "to", "due", "within", "form") == expected
