"""Measures imposed for "the period of enforcement of the measures referred to in paragraph 1 above" end on the one end
date paragraph 1 writes when it sets no term (S/RES/1596 (2005) op 1: "Reaffirms the measures ..., and extended until 31
July 2005 by resolution 1552", the heldout47 gold: ops 6, 10, 13, 15 until 2005-07-31). Any one date with the words of an
end was taken, so the end of another thing paragraph 1 names was the measures': "the Group of Experts established by
resolution 1533, whose mandate runs until 31 July 2005" (another body's), "to report on the period ending 31 July 2005" (a
report's) gave until 2005-07-31 (review 65's SHOULD on 43aeee1f). Now only a date said of measures that run till then:
right after "extended", "renewed", "apply", "in force" (terms.yaml `measures_run_until`) or written by an extension
itself, said of the measures, not of a mandate or a body ("whose mandate was extended until ...": terms.yaml
`not_measures_run`, review 66); and where the measures' date and another thing's are both written, the measures' one is
the end."""

import pytest

from tests.snippets import resolution, terms

OP_1 = (
    "1. Reaffirms the measures established by paragraph 20 of resolution 1493, dated 28 July 2003, and extended until "
    "31 July 2005 by resolution 1552, dated 27 July 2004, decides that these measures shall from now on apply to any "
    "recipient in the territory of the Democratic Republic of the Congo;\n\n"
)
OP_13 = (
    "13. Decides that, during the period of enforcement of the measures referred to in paragraph 1 above, all States "
    "shall take the necessary measures to prevent the entry into or transit through their territories of all persons "
    "designated by the Committee;"
)
NO_END = OP_1.replace("and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, ", "")
TERM = (13, "establishes", "S/RES/1596(2005)#13")


@pytest.mark.parametrize(
    "text,expected",
    [
        # S/RES/1596 (2005): the measures' end, after "extended" (as before)
        (OP_1 + OP_13, [(*TERM, "2005-07-31")]),
        # other words of measures that run till a date
        (
            NO_END.replace("Congo;", "Congo, and shall remain in force until 31 July 2005;") + OP_13,
            [(*TERM, "2005-07-31")],
        ),
        (
            NO_END.replace("shall from now on apply", "shall continue to apply until 31 July 2005") + OP_13,
            [(*TERM, "2005-07-31")],
        ),
        # an extension's own "to": "extended to 31 July 2005"
        (OP_1.replace("extended until", "extended to") + OP_13, [(*TERM, "2005-07-31")]),
        # another body's end beside the measures' one: the measures' (two ends gave none)
        (
            OP_1.replace(
                "Congo;",
                "Congo, and requests the Group of Experts, whose mandate runs until 31 December 2005, to monitor them;",
            )
            + OP_13,
            [(*TERM, "2005-07-31")],
        ),
        # near miss: another body's end, the only date: not the measures' (it was 2005-07-31)
        (
            NO_END.replace(
                "Congo;",
                "Congo, and requests the Group of Experts established by resolution 1533, whose mandate runs until 31 "
                "July 2005, to monitor them;",
            )
            + OP_13,
            [(*TERM, None)],
        ),
        # near miss: the end of a period reported on: not the measures' (it was 2005-07-31)
        (
            NO_END.replace(
                "Congo;", "Congo, and requests the Secretary-General to report on the period ending 31 July 2005;"
            )
            + OP_13,
            [(*TERM, None)],
        ),
        # near miss: the Group's term extended in paragraph 1 "until" a date, its name right before it: not the measures'
        (
            NO_END.replace("Congo;", "Congo, and decides to keep the Group of Experts until 31 July 2005;") + OP_13,
            [(*TERM, None)],
        ),
        # near miss: the Group's mandate "extended until" a date (review 66), the only date: the Group's end, not the
        # measures' (it was 2005-12-31: "extended" is running words, said here of a mandate: terms.yaml
        # `not_measures_run`)
        (
            NO_END.replace(
                "Congo;",
                "Congo, and requests the Group of Experts, whose mandate was extended until 31 December 2005, to "
                "monitor them;",
            )
            + OP_13,
            [(*TERM, None)],
        ),
        (
            NO_END.replace(
                "Congo;",
                "Congo, and requests the Group of Experts, whose mandate is renewed until 31 December 2005, to monitor "
                "them;",
            )
            + OP_13,
            [(*TERM, None)],
        ),
        # ... and an extension's own "to" said of the mandate
        (
            NO_END.replace(
                "Congo;",
                "Congo, and requests the Group of Experts, whose mandate was extended to 31 December 2005, to monitor "
                "them;",
            )
            + OP_13,
            [(*TERM, None)],
        ),
        # beside 1596's own "and extended until 31 July 2005": the measures' end (two ends gave none)
        (
            OP_1.replace(
                "Congo;",
                "Congo, and requests the Group of Experts, whose mandate was extended until 31 December 2005, to "
                "monitor them;",
            )
            + OP_13,
            [(*TERM, "2005-07-31")],
        ),
    ],
)
def test_the_period_of_a_paragraph_ends_on_the_measures_date_not_another_things(text, expected):
    r = resolution(text, date="2005-04-18", symbol="S/RES/1596 (2005)")
    assert [t for t in terms(r, "op", "action", "of", "until") if t[0] == 13] == expected
