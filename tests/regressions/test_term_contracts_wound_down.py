"""A ban's contracts allowed to run out for a time: "... and further decides that for such sales, supplies, and
transfers of textiles ... for which written contracts have been finalized prior to the adoption of this resolution,
all States may allow those shipments to be imported into their territories up to 90 days from the date of adoption of
this resolution with notification provided to the Committee ... by no later than 135 days after ..." (S/RES/2375
(2017) op 16; the same wind-down in 2371 (2017) ops 8, 9, 10 and 2397 (2017) op 6, "may only allow"). No term was
read; heldout36 18 reads the paragraph's ban lifted for a time: T authorizes of=S/RES/2375(2017)#16 until=2017-12-10
period=P90D. Not: a deadline ("shall ... close ... within ninety days from the adoption", heldout24 17 op 33, no term),
a wind-down no decision gives, nor one with no time counted from the adoption."""

import pytest

from tests.snippets import resolution, terms

BAN = (
    "16. Decides that the DPRK shall not supply, sell or transfer textiles, and that all States shall prohibit the "
    "procurement of such items from the DPRK, and further decides that for such sales, supplies, and transfers of "
    "textiles for which written contracts have been finalized prior to the adoption of this resolution, "
)
CASES = [
    (
        BAN
        + "all States may allow those shipments to be imported into their territories up to 90 days from the date of "
        "adoption of this resolution with notification provided to the Committee containing details on those imports "
        "by no later than 135 days after the date of adoption of this resolution;",
        [(16, "authorizes", "S/RES/2375(2017)#16", "2017-12-10", "P90D")],
    ),
    (
        BAN + "all States may only allow those shipments to be imported into their territories up to 30 days from the "
        "date of adoption of this resolution;",
        [(16, "authorizes", "S/RES/2375(2017)#16", "2017-10-11", "P30D")],
    ),
    # not: a deadline for what States shall do
    (
        "16. Decides that States shall take the necessary measures to close such existing branches within ninety days "
        "from the adoption of this resolution;",
        [],
    ),
    # not: the paragraph's own measures, where the wind-down is of another paragraph's (review 54: S/RES/2397 op 6)
    (
        "16. Decides that for sales of the commodities prohibited by paragraph 4 above for which written contracts have "
        "been finalized prior to the adoption of this resolution, all States may only allow those shipments to be "
        "imported into their territories up to 30 days from the date of adoption of this resolution;",
        [(16, "authorizes", "S/RES/2375(2017)#4", "2017-10-11", "P30D")],
    ),
    (
        "16. Decides that Member States may permit the addition to the accounts frozen pursuant to the provisions of "
        "paragraph 4 above of interest for up to 90 days from the date of adoption of this resolution;",
        [(16, "authorizes", "S/RES/2375(2017)#4", "2017-12-10", "P90D")],
    ),
    # not: no time counted from the adoption
    (BAN + "all States may allow those shipments to be imported into their territories;", []),
    # not: no decision
    (
        "16. Notes that all States may allow those shipments to be imported into their territories up to 90 days from "
        "the date of adoption of this resolution;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_contracts_wound_down(text, expected):
    r = resolution(text, date="2017-09-11", symbol="S/RES/2375 (2017)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
