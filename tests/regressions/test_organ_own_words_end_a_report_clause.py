"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 21: "Encourages the field-based
structure of the Office ... to continue its endeavours, welcomes its regular reports to the Human Rights
Council, and invites the High Commissioner to provide the Council with regular updates" gave the
Office a report once the Office was read as the addressee: what the organ itself welcomes, notes or
commends after a mandate ("and welcomes its regular reporting to the Human Rights Council", "and
welcomes regular briefings by the PBC to the Security Council") asks for no report."""

import pytest

from resgraph.extract.pipeline import extract_source
from resgraph.extract.read import read_bytes

CASES = [
    (
        "HRC",
        "21. Encourages the field-based structure of the Office of the High Commissioner in Seoul to continue its "
        "endeavours, welcomes its regular reports to the Human Rights Council, and invites the High Commissioner to "
        "provide the Council with regular updates on the situation;",
        [(21, "HighCommissionerHumanRights", "HumanRightsCouncil")],
    ),
    (
        "SC",
        "9. Encourages the Peacebuilding Commission to follow closely the transition process, and welcomes regular "
        "briefings by the Peacebuilding Commission to the Security Council on its work;",
        [],
    ),
    (  # the report asked for before the organ's own words stays
        "SC",
        "10. Requests the Secretary-General to report to the Council by 1 June 2025, and welcomes his intention to "
        "visit the region;",
        [(10, "SecretaryGeneral", "SecurityCouncil")],
    ),
]
OPENERS = {"SC": "The Security Council,", "HRC": "The Human Rights Council,"}


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_organ_own_words_end_a_report_clause(organ, text, expected):
    doc = f"---\ndate: 2025-04-03\n---\n\n{OPENERS[organ]}\n\nRecalling its resolutions,\n\n{text}\n"
    r = extract_source(read_bytes(doc.encode(), "snippet.md"))
    assert [(x.op, x.by, x.to) for x in r.reports_due] == expected
