"""Terms that corpus-full's paragraphs with term words and no term showed missing (read after heldout12):

- a support package the Council itself carries on to a date (extract/term_support.py): "Decides to expand the
  logistical support package for AMISOM, referred to in paragraph 4 of resolution 2093 (2013), for a maximum of
  22,126 uniformed personnel until 31 October 2014" (S/RES/2124 (2013) op 4, 2036 (2012) op 4), as "Requests the
  Secretary-General to continue to provide a logistical support package ... until" extends it; with no time
  (S/RES/2073 (2012) op 2), none;
- a start said before the period (extract/term_times.py): "to establish the United Nations Integrated Office in
  Haiti (BINUH) beginning on 16 October 2019 and for an initial period of 12 months" ends on 2020-10-16 (S/RES/2476
  (2019) op 1), as "as of" and "with effect from" did;
- a mandate concluded (extract/term_endings.py): "Decides to formally conclude the mandate of the Open-ended
  Working Group on Ageing" (A/RES/79/147 op 69) ends it.
"""

import pytest

from tests.snippets import resolution, terms

ROWS = [
    (
        "4. Decides to expand the logistical support package for AMISOM, referred to in paragraph 4 of resolution 2093 "
        "(2013), for a maximum of 22,126 uniformed personnel until 31 October 2014, ensuring the accountability and "
        "transparency of expenditure of the United Nations funds;",
        "2013-11-12",
        "The Security Council",
        [(4, "extends", "logistical support package for AMISOM", "2014-10-31", None)],
    ),
    (
        "2. Decides on an exceptional basis and owing to the unique character of the mission to extend the United "
        "Nations logistical support package for AMISOM civilian personnel for a further 50 civilian personnel, on a "
        "temporary basis to be reviewed;",
        "2012-11-07",
        "The Security Council",
        [],
    ),
    (
        "1. Requests the Secretary-General to establish the United Nations Integrated Office in Haiti (BINUH) beginning "
        "on 16 October 2019 and for an initial period of 12 months, headed by a Special Representative of the "
        "Secretary-General;",
        "2019-06-25",
        "The Security Council",
        [(1, "establishes", "BINUH", "2020-10-16", "P12M")],
    ),
    (
        "69. Decides to formally conclude the mandate of the Open-ended Working Group on Ageing, established by the "
        "General Assembly in its resolution 65/182, and notes with appreciation the completed work of the Working "
        "Group;",
        "2024-12-17",
        "The General Assembly",
        [(69, "terminates", "Open-ended Working Group on Ageing", None, None)],
    ),
]


@pytest.mark.parametrize("text,adopted,organ,expected", ROWS)
def test_a_package_expanded_a_start_said_first_or_a_mandate_concluded(text, adopted, organ, expected):
    r = resolution(text, date=adopted, organ=organ)
    assert terms(r, "op", "action", "of", "until", "period") == expected
