"""Third held-out gold (tests/mandate_gold/heldout3), A/HRC/RES/58/17 op 17: "Decides to extend the
mandate of Special Rapporteur on the situation of human rights in the Democratic People's Republic of
Korea, in accordance with Human Rights Council resolution 37/28, for a period of one year" gave the
term's `of` as the name with ", in accordance with Human Rights Council resolution 37/28": the name
ends where what qualifies the term begins (the resolution it follows is still read, as `renews`)."""

import pytest

from tests.snippets import resolution, terms

KOREA = "Special Rapporteur on the situation of human rights in the Democratic People’s Republic of Korea"
CASES = [
    (
        f"17. Decides to extend the mandate of {KOREA}, in accordance with Human Rights Council resolution 37/28, for a "
        "period of one year;",
        [(17, "extends", KOREA, "P1Y", ("A/HRC/RES/37/28",))],
    ),
    (
        "3. Decides to extend the mandate of the Independent Expert on the situation of human rights in Somalia, "
        "effective from 1 October 2025, for a period of one year;",
        [(3, "extends", "Independent Expert on the situation of human rights in Somalia", "P1Y", ())],
    ),
    (  # a comma inside the name stays in it
        "4. Decides to extend the mandate of the Special Rapporteur on contemporary forms of racism, racial "
        "discrimination, xenophobia and related intolerance for a period of three years;",
        [
            (
                4,
                "extends",
                "Special Rapporteur on contemporary forms of racism, racial discrimination, xenophobia and related "
                "intolerance",
                "P3Y",
                (),
            )
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_term_name_before_in_accordance_with(text, expected):
    r = resolution(text, date="2025-04-03", organ="HRC")
    assert terms(r, "op", "action", "of", "period", "renews") == expected
