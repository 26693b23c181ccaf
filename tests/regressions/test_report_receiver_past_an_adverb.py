"""corpus-full: the receiver of "update", "brief" or "inform" was read only right after the verb, so "to update
regularly the Committee on its work" (S/RES/1698 (2006) op 4) went to the Council, and "further requests Haiti and
the leadership of the Multinational Security Support mission to update regularly the Security Council and the
Secretary-General of the progress of deployment" (S/RES/2699 (2023) op 4, 2751 (2024) op 1) gave no report (a
State's report naming no receiver is none). An adverb may stand between the verb and its receiver. Known gap: the
second reporter of 2699 op 4 (the mission's leadership) gets no report of its own (report_each)."""

import pytest

from tests.snippets import reports, resolution

PREAMBLE = "Recalling the Committee established pursuant to paragraph 8 of resolution 1533 (2004),"
CASES = [
    (
        "4. Requests the Group of Experts established pursuant to resolution 1533 (2004) to update regularly the "
        "Committee on its work;",
        [("GroupOfExperts1533", "SanctionsCommittee")],
    ),
    (
        "4. Requests the Government of Haiti to update regularly the Security Council and the Secretary-General of "
        "the progress of deployment of relevant personnel and equipment;",
        [("state:HTI", "SecurityCouncil"), ("state:HTI", "SecretaryGeneral")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_receiver_past_an_adverb_receives(text, expected):
    r = resolution(text, date="2023-10-02", preamble=PREAMBLE)
    assert reports(r, "by", "to") == expected
