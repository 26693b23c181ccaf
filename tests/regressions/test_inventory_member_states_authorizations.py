"""Found in corpus-full's inventory on 2025-12-31: S/RES/2795 (2025) op 1 authorizes Member States to
keep EUFOR ALTHEA for twelve months, and S/RES/2803 (2025) op 8 authorizes Member States for Gaza
until 31 December 2027. Both terms are "of" MemberStates, so the later one was read as replacing
the earlier, and EUFOR's authorization dropped out of the active list. Member States authorized
hold no one mandate: an authorization of theirs ends, but no other resolution's replaces it. A
body's later term still replaces its earlier one."""

from __future__ import annotations

import pytest

from resgraph.views.inventory import _latest_terms, _status

DAY = "2025-12-31"


def row(symbol: str, adopted: str, action: str, of: str, until: str = "", period: str = "") -> dict:
    return {"symbol": symbol, "adopted": adopted, "action": action, "of": of, "until": until, "period": period}


EUFOR = row("S/RES/2795(2025)", "2025-10-31", "authorizes", "MemberStates", period="P1Y")
GAZA = row("S/RES/2803(2025)", "2025-11-17", "authorizes", "MemberStates", until="2027-12-31")
EUFOR_2024 = row("S/RES/2757(2024)", "2024-11-01", "authorizes", "MemberStates", period="P1Y")
UNMISS_OLD = row("S/RES/2729(2024)", "2024-04-30", "extends", "UNMISS", until="2026-04-30")
UNMISS_NEW = row("S/RES/2779(2025)", "2025-05-08", "extends", "UNMISS", until="2026-04-30")
AUSSOM_OLD = row("S/RES/2767(2024)", "2024-12-27", "authorizes", "AUSSOM", until="2026-12-31")
AUSSOM_NEW = row("S/RES/2809(2025)", "2025-12-22", "authorizes", "AUSSOM", until="2026-12-31")

ROWS = [EUFOR, GAZA, EUFOR_2024, UNMISS_OLD, UNMISS_NEW, AUSSOM_OLD, AUSSOM_NEW]


@pytest.mark.parametrize(
    ("term", "status"),
    [
        (EUFOR, "active"),  # not replaced by the Gaza authorization adopted after it
        (GAZA, "active"),
        (EUFOR_2024, "expired"),  # its twelve months ended on 2025-11-01
        (UNMISS_OLD, "expired"),  # a body's later term replaces it
        (UNMISS_NEW, "active"),
        (AUSSOM_OLD, "expired"),  # an authorized body is a body
        (AUSSOM_NEW, "active"),
    ],
)
def test_an_authorization_of_member_states_is_replaced_by_no_other(term: dict, status: str) -> None:
    assert _status(term, DAY, _latest_terms(ROWS, DAY), {}) == status
