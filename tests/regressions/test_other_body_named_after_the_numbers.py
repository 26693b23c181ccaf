"""A/RES/77/167: "recalls in this regard decision 14/4 of 30 November 2018 of the Conference of the
Parties to the Convention on Biological Diversity and resolutions 3/4 of 30 January 2018, 5/1 of
2 March 2022 and 5/6 of 7 March 2022 of the United Nations Environment Assembly" gave
CTOC/COP/RES/3/4, 5/1 and 5/6: the body named after the numbers is theirs (UNEP/EA.N/RES/M), and
another convention's conference of the parties is no organ of the United Nations series."""

import pytest

from tests.snippets import snippet

GA = "The General Assembly,\n\n{}\n\n1. Takes note of the report;\n"

CASES = [
    (
        "Recalling decision 14/4 of 30 November 2018 of the Conference of the Parties to the Convention on "
        "Biological Diversity and resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 "
        "of the United Nations Environment Assembly,",
        {"UNEP/EA.3/RES/4", "UNEP/EA.5/RES/1", "UNEP/EA.5/RES/6"},
    ),
    (
        "Recalling the Commission on Crime Prevention and Criminal Justice, and resolution 5/5 of 7 March 2022 "
        "of the United Nations Environment Assembly,",
        {"UNEP/EA.5/RES/5"},
    ),
    (
        "Recalling resolution 5/5 of the Conference of the Parties to the United Nations Convention against "
        "Transnational Organized Crime,",
        {"CTOC/COP/RES/5/5"},
    ),
    ("Recalling resolution 72/1 of the World Health Assembly,", set()),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_the_body_named_after_the_numbers(text, expected):
    r = snippet(GA.format(text))
    assert {c.target for c in r.citations} == expected
