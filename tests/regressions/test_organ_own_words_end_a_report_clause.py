"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 21: "Encourages the field-based
structure of the Office ... to continue its endeavours, welcomes its regular reports to the Human Rights
Council, and invites the High Commissioner to provide the Council with regular updates" gave the
Office a report once the Office was read as the addressee: what the organ itself welcomes, notes or
commends after a mandate ("and welcomes its regular reporting to the Human Rights Council", "and
welcomes regular briefings by the PBC to the Security Council") asks for no report."""

import pytest

from tests.snippets import reports, resolution

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


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_organ_own_words_end_a_report_clause(organ, text, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert reports(r, "op", "by", "to") == expected
