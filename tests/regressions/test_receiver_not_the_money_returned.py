"""A report's receiver is not whom money is given back to: "requests the Secretary-General to provide an update during
the second part of the resumed seventy-eighth session and to continue the review of the fund to identify credits for
return to Member States" (A/RES/78/253 sec. II op 4, heldout31 26) sent the update to Member States; the gold, and the
convention (no receiver named: the speaking organ), give it to the General Assembly. The noun after a determiner or
"for" only (not the verb: "to return to the Council"); a report "to Member States" keeps its receiver."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "GA",
        "4. Requests the Secretary-General to provide an update during the second part of the resumed seventy-eighth "
        "session and to continue the review of the fund to identify credits for return to Member States, to indicate "
        "the amount of the accumulated balance that is spendable;",
        [(4, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (
        "GA",
        "9. Requests the Secretary-General to provide an update on the final expenditures and unencumbered balance, as "
        "well as its return to Member States, by the end of the seventy-eighth session;",
        [(9, "SecretaryGeneral", "GeneralAssembly")],
    ),
    # near misses: a report to Member States is theirs; the verb "return" names where the reporter goes back to
    (
        "GA",
        "5. Requests the Secretary-General to report to Member States on the return of the unspent balance;",
        [(5, "SecretaryGeneral", "MemberStates")],
    ),
    (
        "GA",
        "7. Requests the Secretary-General to provide an update to Member States on the credits for return;",
        [(7, "SecretaryGeneral", "MemberStates")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_receiver_is_not_whom_money_returns_to(organ, text, expected):
    r = resolution(text, date="2023-12-22", organ=organ)
    assert reports(r, "op", "by", "to") == expected
