"""Third held-out gold (E/RES/2022/17 op 30): "Further decides: (a) To establish an open-ended
intergovernmental ad hoc expert group on the preparations for the midterm review of the
international arrangement on forests, ..." had no term: terms were read in operative paragraphs
only, and "To establish" (capitalised) matched no pattern; the name was cut at "for the midterm
review". In corpus-full: 11 terms more, the measures renewed in "Decides to renew: (a) ... measures
on timber ...; (b) ... measures on diamonds" (S/RES/1579 (2004) and the Liberia renewals). The
tasks of a mandate listed ("Decides that MONUC will have the following mandate: (e) to establish
the necessary operational links with ONUB") are no terms."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "ECOSOC",
        "30. Further decides:\n\n(a) To establish an open-ended intergovernmental ad hoc expert group on the "
        "preparations for the midterm review of the international arrangement on forests, to be convened by the "
        "Forum secretariat towards the end of 2023, to review all assessments;\n\n(b) That the ad hoc expert group "
        "will be open to all members of the Forum;",
        [
            (
                30,
                "establishes",
                "open-ended intergovernmental ad hoc expert group on the preparations for the midterm review of the "
                "international arrangement on forests",
            )
        ],
    ),
    (
        "SC",
        "2. Decides for a period of 12 months from the date of adoption of this resolution:\n\n(a) To renew the "
        "measures on travel imposed by paragraph 4 of resolution 1521 (2003);",
        [(2, "extends", "S/RES/1521(2003)#4")],
    ),
    (
        "SC",
        "4. Decides that MONUC will have the following mandate:\n\n(e) to establish the necessary operational links "
        "with the United Nations Operation in Burundi (ONUB), in order to coordinate efforts;",
        [],
    ),
    # an operative paragraph's own: "for a period" still ends the name
    (
        "SC",
        "5. Decides to establish a panel of experts for a period of six months;",
        [(5, "establishes", "panel of experts")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_term_in_a_decided_item(organ, text, expected):
    r = resolution(text, date="2022-07-21", organ=organ, preamble="Recalling its resolution 1521 (2003),")
    assert terms(r, "op", "action", "of") == expected
