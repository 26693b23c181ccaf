"""corpus-full (A/RES/74/148 op 20, A/RES/76/172 op 22, A/RES/78/217 op 32, A/RES/80/218 op 32):
"to submit to the General Assembly and the Human Rights Council at their seventy-sixth and
forty-fourth sessions, respectively, a comprehensive report" gave both reports the Assembly's 76th
session read on the Council's calendar (year 2031). Sessions named "respectively" after receivers
named in order are one each, each read on its receiver's calendar (Vocabulary.calendar). And a
reporter named before "to continue to submit" is the one that reports ("To request the Special
Representative ... to continue to submit reports", in a "Decides:" list of A/RES/74/133 op 41)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "20. Requests the Secretary-General to submit to the General Assembly and the Human Rights Council at "
        "their seventy-sixth and forty-fourth sessions, respectively, a comprehensive report;",
        [
            (20, "SecretaryGeneral", "GeneralAssembly", 76, 2021, None),
            (20, "SecretaryGeneral", "HumanRightsCouncil", 44, 2020, None),
        ],
    ),
    (  # one receiver, two sessions: one report at each (heldout6 A/RES/80/199 op 32), not one recurring item
        "21. Requests the Secretary-General to submit a report to the General Assembly at its seventy-fifth and "
        "seventy-sixth sessions;",
        [
            (21, "SecretaryGeneral", "GeneralAssembly", 75, 2020, None),
            (21, "SecretaryGeneral", "GeneralAssembly", 76, 2021, None),
        ],
    ),
    (
        "22. Decides that the Special Rapporteur on the sale and sexual exploitation of children shall continue to "
        "submit reports to the General Assembly at its seventy-fifth session;",
        [(22, "SpecialProcedures", "GeneralAssembly", 75, 2020, None)],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sessions_respectively(text, expected):
    r = resolution(text, date="2019-12-18", organ="GA", preamble="Recalling its resolution 72/179,")
    assert reports(r, "op", "by", "to", "session", "year", "recurrence") == expected
