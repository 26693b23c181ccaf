"""Extensions read with no end, or read where the Council only says what it will do later (corpus-full's
SC terms of no time, read after heldout12):

- a date written "the 1st of October 2004" (S/RES/1555 (2004) op 1) or with its space lost, "31January 2021"
  (S/RES/2537 (2020) op 11): deadlines.DATE read neither, and the extension had no `until`;
- "and decides that it will extend the mandate further if recommended by the Commission" (S/RES/1636 (2005) op 8)
  is what the Council will do on a condition, not an extension: read as one, with no time.
"""

import pytest

from tests.snippets import resolution, terms

ROWS = [
    (
        "1. Decides to extend the mandate of MONUC, as contained in resolutions 1493 and 1533, both adopted under "
        "Chapter VII of the Charter of the United Nations, until the 1st of October 2004;",
        "2004-07-29",
        [(1, "extends", "MONUC", "2004-10-01")],
    ),
    (
        "11. Expresses its full support for UNFICYP, and decides to extend its mandate for a further period ending on "
        "31January 2021;",
        "2020-07-30",
        [(11, "extends", "UNFICYP", "2021-01-31")],
    ),
    (
        "8. Welcomes in this regard the decision of the Secretary-General to extend the mandate of the Commission "
        "until 15 December 2005, as authorized by the Security Council in its resolution 1595 (2005), and decides that "
        "it will extend the mandate further if recommended by the Commission and requested by the Lebanese "
        "Government;",
        "2005-10-31",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", ROWS)
def test_dates_written_loosely_or_an_extension_on_a_condition(text, adopted, expected):
    assert terms(resolution(text, date=adopted), "op", "action", "of", "until") == expected
