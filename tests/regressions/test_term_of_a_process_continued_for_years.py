"""A process of no id carried on by name for a length of time (extract/term_carried.py): "Decides to continue
the Informal Consultative Process for the next four years, in accordance with resolution 54/33" (A/RES/78/69 op
356; 75/239 op 348 "for the next year", 76/72 op 352 "the next two years") set no term: "continue the" read only
"continue the mandate of". The length is counted from no date the text gives: no `until`. An activity continued
("to continue the consideration of") or a decision recalled is none.
"""

import pytest

from tests.snippets import resolution, terms

ROWS = [
    (
        "356. Decides to continue the Informal Consultative Process for the next four years, in accordance with "
        "resolution 54/33, with a further review of its effectiveness at its eighty-second session;",
        [(356, "extends", "Informal Consultative Process", None, "P4Y")],
    ),
    (
        "348. Decides to continue the Informal Consultative Process for the next year, in accordance with resolution "
        "54/33, with a further review of its effectiveness and utility by the General Assembly at its seventy-sixth "
        "session;",
        [(348, "extends", "Informal Consultative Process", None, "P1Y")],
    ),
    (
        "343. Recalls its decision, in resolution 78/69, to continue the Informal Consultative Process for four "
        "years, in accordance with resolution 54/33;",
        [],
    ),
    ("12. Decides to continue the consideration of this question for the next two years;", []),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_a_process_continued_for_years(text, expected):
    r = resolution(text, date="2023-12-05", organ="The General Assembly")
    assert terms(r, "op", "action", "of", "until", "period") == expected
