"""heldout7 09 op 18 (S/RES/1803 (2008)): "Requests within 90 days a further report from the Director General of
the IAEA ..., to the IAEA Board of Governors and in parallel to the Security Council for its consideration" is
two reports, one to each receiver (tests/mandate_gold/README.md: "a report to the Council and one to the General
Assembly" are two); the vocabulary lacked the Board (IAEABoardOfGovernors, the id heldout7 gave it), so the report
went to the IAEA itself. Also S/RES/1696, 1737, 1747, 1929 and 2231 ops 4-6 ("and, as appropriate, in parallel
to the Security Council")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "18. Requests within 90 days a further report from the Director General of the IAEA on whether Iran has "
        "established full and sustained suspension of all activities mentioned in resolution 1737 (2006), to the "
        "IAEA Board of Governors and in parallel to the Security Council for its consideration;",
        "2008-03-03",
        [
            ("IAEA", "IAEABoardOfGovernors", "2008-06-01", "P90D"),
            ("IAEA", "SecurityCouncil", "2008-06-01", "P90D"),
        ],
    ),
    (
        "4. Requests the Director General of the IAEA to provide regular updates to the IAEA Board of Governors and, "
        "as appropriate, in parallel to the Security Council on Iran’s implementation of its commitments under the "
        "JCPOA;",
        "2015-07-20",
        [("IAEA", "IAEABoardOfGovernors", None, None), ("IAEA", "SecurityCouncil", None, None)],
    ),
]


@pytest.mark.parametrize("text,date,want", CASES)
def test_a_report_to_the_board_and_in_parallel_to_the_council_is_two(text, date, want):
    r = resolution(text, date=date)
    assert reports(r, "by", "to", "due", "within") == want
