"""A/RES/75/194, A/RES/79/190: "resolution 6/2", "Resolution 10/1" (a footnote) of the Conference of
the States Parties came out as A/RES/6/2; the Assembly numbered resolutions session/number only
from its thirty-first session."""

from tests.snippets import snippet


def test_bare_numbers_take_the_conference_named_before():
    r = snippet(
        "The General Assembly,\n\nNoting the Conference of the States Parties to the United Nations Convention "
        "against Corruption, and recalling resolution 6/2 on asset recovery and resolution 8/9 of 20 December 2019,\n\n"
        "1. Also welcomes the adoption by the Conference of the States Parties at its tenth session of all resolutions;[^30]\n\n"
        "[^30]: Resolution 10/1, entitled “Atlanta 2023”, and resolution 10/2.\n"
    )
    assert {c.target for c in r.citations} == {
        "CAC/COSP/RES/6/2",
        "CAC/COSP/RES/8/9",
        "CAC/COSP/RES/10/1",
        "CAC/COSP/RES/10/2",
    }


def test_an_assembly_number_stays_the_assemblys():
    r = snippet(
        "The General Assembly,\n\nRecalling the Conference of the Parties, and its resolution 66/181,\n\n1. Notes.\n"
    )
    assert [c.target for c in r.citations] == ["A/RES/66/181"]
