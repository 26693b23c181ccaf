"""A report's receiver is not whom money is given back to: "requests the Secretary-General to provide an update during
the second part of the resumed seventy-eighth session and to continue the review of the fund to identify credits for
return to Member States" (A/RES/78/253 sec. II op 4, heldout31 26) sent the update to Member States; the gold, and the
convention (no receiver named: the speaking organ), give it to the General Assembly. The noun after a determiner or
"for" only (not the verb: "to return to Member States with it"), and only before a body money can go back to (an organ
or a committee named there receives the report: "an update on the status of the refunds to the Advisory Committee");
a report "to Member States" keeps its receiver."""

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
    # the verb "return" right before a body money could go back to: where the report goes (review55 9)
    (
        "GA",
        "8. Requests the Secretary-General to prepare a report on the fund and to return to Member States with it;",
        [(8, "SecretaryGeneral", "MemberStates")],
    ),
    # an organ or a committee after the money noun is the report's receiver: no money is refunded to it (review55 4)
    (
        "GA",
        "4. Requests the Secretary-General to provide an update on the status of the refunds to the Advisory Committee "
        "on Administrative and Budgetary Questions;",
        [(4, "SecretaryGeneral", "ACABQ")],
    ),
    (
        "GA",
        "4. Requests the Secretary-General to submit a report on the return to the Human Rights Council at its "
        "sixtieth session;",
        [(4, "SecretaryGeneral", "HumanRightsCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_the_receiver_is_not_whom_money_returns_to(organ, text, expected):
    r = resolution(text, date="2023-12-22", organ=organ)
    assert reports(r, "op", "by", "to") == expected
