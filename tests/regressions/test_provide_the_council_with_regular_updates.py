"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 21: "invites the High
Commissioner to provide the Council with regular updates on the situation" gave no report: a bare
"updates" after "with" was read as one that goes with something ("together with updates"), where
"provide the Council with" names what is provided. The same words ask the Government of Libya for
updates to the sanctions committee (S/RES/2644 (2022) op 3)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "HRC",
        "21. Encourages the field-based structure of the Office to continue its endeavours, welcomes its regular "
        "reports to the Human Rights Council, and invites the High Commissioner to provide the Council with regular "
        "updates on the situation of human rights;",
        [(21, "HighCommissionerHumanRights", "HumanRightsCouncil", None)],
    ),
    (
        "SC",
        "5. Requests the Secretary-General to provide the Security Council with updates on the situation every 60 days;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "P60D")],
    ),
    (  # still no report: information provided, updates as what it comes with
        "SC",
        "6. Requests the Secretary-General to provide the Council with information, together with updates of the list;",
        [],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_provide_the_council_with_regular_updates(organ, text, expected):
    r = resolution(text, date="2025-04-03", organ=organ)
    assert reports(r, "op", "by", "to", "every") == expected
