"""A ceiling kept for a time from a start the text names was missed: UNAMID's phase-one ceiling "from the date of
adoption of this resolution until six months thereafter" (S/RES/2363 (2017) op 5, heldout35 18: authorizes until
2017-12-29, P6M), not read as a ceiling at all ("ceiling for troops and police") nor its length after "until" as
counted from the start named before it. Not taken: a ceiling reduced over the renewal period or by a date (S/RES/2429
(2018) op 5, heldout29 18; S/RES/2363 op 7: no term), "until six months thereafter" with no start named."""

import pytest

from tests.snippets import resolution, terms

PHASE_ONE = (
    "5. Decides that, in line with these recommendations, from the date of adoption of this resolution until six "
    "months thereafter (“phase one”), UNAMID’s authorised ceiling for troops and police shall be reduced to consist of "
    "up to 11,395 military personnel, 2,888 police personnel including individual police officers and members of "
    "formed police units;"
)

CASES = [
    (PHASE_ONE, "2017-06-29", [(5, "authorizes", "UNAMID", "2017-12-29", "P6M")]),
    # the kinds after "for" with a kind word, or three of them (review 53-C, finding 3)
    (
        PHASE_ONE.replace("ceiling for troops and police", "ceiling for military and police personnel"),
        "2017-06-29",
        [(5, "authorizes", "UNAMID", "2017-12-29", "P6M")],
    ),
    (
        PHASE_ONE.replace("ceiling for troops and police", "ceiling for troops, police and civilians"),
        "2017-06-29",
        [(5, "authorizes", "UNAMID", "2017-12-29", "P6M")],
    ),
    # the adoption in FROM_ADOPTION's other words (review 53-C, finding 4)
    (
        PHASE_ONE.replace("from the date of adoption of this resolution", "from the adoption of this resolution"),
        "2017-06-29",
        [(5, "authorizes", "UNAMID", "2017-12-29", "P6M")],
    ),
    (
        PHASE_ONE.replace("from the date of adoption of this resolution", "from the date of this resolution"),
        "2017-06-29",
        [(5, "authorizes", "UNAMID", "2017-12-29", "P6M")],
    ),
    # a start day with no year: no start known, no term (as "until six months thereafter" with no start named)
    (PHASE_ONE.replace("from the date of adoption of this resolution", "from 1 July"), "2017-06-29", []),
    # "for" a thing that is no strength: no ceiling read
    (
        PHASE_ONE.replace("ceiling for troops and police", "ceiling for the operations in Darfur"),
        "2017-06-29",
        [],
    ),
    # a ceiling reduced over the renewal period, or by a date: no time of its own, no term (heldout29 18 op 5, op 7 of
    # S/RES/2363)
    (
        "5. Decides that UNAMID’s authorised ceiling for troops shall be reduced over the course of this mandate renewal "
        "period to consist of up to 4,050 personnel unless the Security Council decides to adjust the scope and pace of "
        "the reduction;",
        "2018-07-13",
        [],
    ),
    (
        "7. Decides, from 31 January 2018, to further reduce UNAMID’s troop and police ceiling, and that by 30 June 2018, "
        "UNAMID’s authorised ceiling for troops and police shall be reduced to consist of up to 8,735 military personnel "
        "and 2,500 police personnel;",
        "2017-06-29",
        [],
    ),
    # "until six months thereafter" with no start named before it: no end counted
    (
        "5. Decides that UNAMID’s authorised ceiling for troops and police shall be reduced to consist of up to 11,395 "
        "military personnel until six months thereafter;",
        "2017-06-29",
        [],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_ceiling_for_a_time_from_a_start(text, date, expected):
    r = resolution(text, date=date)
    assert terms(r, "op", "action", "of", "until", "period") == expected
