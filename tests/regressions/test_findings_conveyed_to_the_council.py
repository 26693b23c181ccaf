"""Found in heldout36 (S/RES/2600 (2021) op 3: "Also requests the Secretary-General to convey the findings of this
assessment to the Security Council within six months following the adoption of this resolution": one report to the
Council, within P6M, due 2022-04-15, form left out): findings "conveyed" to an organ are handed to it as findings
"provided", "submitted" or "presented" are (report_handed.HANDED_BEFORE, reports.yaml `handing`), and conveying says
no form (report_forms.CONVEYED, `handing_formless`: the gold leaves it out), where findings "submitted" stay written
(S/RES/2820 (2026) op 12, heldout5 04). Corpus-full: the one text so worded. Not taken: findings conveyed to no one
named, and "to convey to the Security Council his assessment of potential threats ..., as appropriate" (heldout16
06 op 5: an assessment conveyed case by case, no report; no findings or study), nor findings conveyed to a receiver
that is no organ ("to the Government of Mali", "to the Chair of the Committee": report_handed.FORMLESS_BEFORE; review
54 B, finding 4). Conveyed "in writing", they are written (report_forms.CONVEYED_IN_WRITING, finding 5)."""

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
    (  # review 54 B finding 4: "convey" hands on messages and decisions: findings conveyed to no organ are no report
        "3. Also requests the Secretary-General to convey the findings of the mission to the Government of Mali;",
        [],
    ),
    ("3. Also requests the Secretary-General to convey the findings of the mission to the Malian authorities;", []),
    ("3. Requests the Secretary-General to convey the findings of this assessment to the Chair of the Committee;", []),
    (  # to the speaking organ by its generic name: a report
        "3. Requests the Secretary-General to convey the findings of this assessment to the Council within six months;",
        [("SecretaryGeneral", "SecurityCouncil", "2022-04-15", "P6M", None)],
    ),
    (  # review 54 B finding 5: the form the text states is the findings' form
        "3. Also requests the Secretary-General to convey the findings of this assessment in writing to the Security "
        "Council within six months;",
        [("SecretaryGeneral", "SecurityCouncil", "2022-04-15", "P6M", "written")],
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
