"""Receivers of reports, read on corpus-full and heldout4 (stop 28, helper due):

- "to present to the Fifteenth Congress an overview of the state of crime" (E/RES/2025/15 op 10, heldout4 03;
  A/RES/80/225 op 10; A/RES/74/171 op 2, the Fourteenth) had no session: a receiver with a session calendar named by
  its number (a capitalised ordinal opening its name) is reported to at that session; the Crime Congress meets every
  five years (actors.yaml), so the Fifteenth is 2026 and the Fourteenth, postponed, 2021;
- "to report on the current division of labour ..., in order to streamline the tasks assigned to MONUSCO"
  (S/RES/2147 (2014) op 8) went to MONUSCO, "a detailed outline of the support provided by MINUSMA to the FC-G5S"
  (S/RES/2391 (2017) op 33) to the Force: what is assigned, entrusted or granted to a body, or a noun's "to" with its
  giver between ("support provided by X to"), names no receiver (report_not_received.py).
"""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
SC = "The Security Council"
CASES = [
    (
        GA,
        "2025-12-15",
        "10. Requests the Secretary-General to present to the Fifteenth Congress an overview of the state of crime "
        "and criminal justice worldwide, using available information and data;",
        [(10, "SecretaryGeneral", "CrimeCongress", 15, 2026)],
    ),
    (
        GA,
        "2019-12-18",
        "2. Requests the Secretary-General to submit a report to the Fourteenth United Nations Congress on Crime "
        "Prevention and Criminal Justice for its consideration;",
        [(2, "SecretaryGeneral", "CrimeCongress", 14, 2021)],
    ),
    (  # the Third Committee's number is its name, not a session: no calendar, no session
        GA,
        "2019-12-18",
        "3. Requests the Secretary-General to report to the Third Committee on the implementation of the present "
        "resolution;",
        [(3, "SecretaryGeneral", "GACommittees", None, None)],
    ),
    (
        SC,
        "2014-03-28",
        "8. Requests that the Secretary-General continue to report on the current division of labour between "
        "MONUSCO and the UNCT and on the roadmap on the transfer of responsibilities, in order to streamline the "
        "tasks assigned to MONUSCO;",
        [(8, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (
        SC,
        "2017-12-08",
        "33. Requests the Secretary-General to report on implementation of the technical agreement, including "
        "through a detailed outline of the support provided by MINUSMA to the FC-G5S;",
        [(33, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
]


@pytest.mark.parametrize("organ,date,text,expected", CASES)
def test_receivers(organ, date, text, expected):
    r = resolution(text, date=date, organ=organ)
    assert reports(r, "op", "by", "to", "session", "year") == expected
