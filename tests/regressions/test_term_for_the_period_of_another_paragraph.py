"""Measures imposed, or an authorization given, for the time another paragraph sets (random SC sample
of 40, seed 41201, issue 12 terms helper): "Decides that, for a further period ending on the date
referred to in paragraph 1 above, all governments in the region ... shall take the necessary measures"
(S/RES/1807 (2008) op 6; "the government of the Democratic Republic of the Congo on the one hand, and
those of States bordering Ituri and the Kivus on the other hand, shall take", op 8), "Decides that, during the period of enforcement of the measures referred to in
paragraph 1 above, all States shall take the necessary measures to prevent the entry" (op 9), "Decides
that all States shall, during the period of enforcement ..., immediately freeze" (op 11), "Authorizes,
for the period specified in paragraph 1 above, an increase in the military component of UNOCI"
(S/RES/1609 (2005) op 3) were no terms: a time was read only as a date or a length. They are the
measures of their own paragraph (as "Decides that, until 31 July 2025, all Member States shall take",
heldout9 04 op 2) or the authorization, with the time of the paragraph named. A paragraph named that sets no term
gives the end its own text counts from the adoption: "Decides to terminate the Committee ... at the conclusion of the
six month period called for in paragraph 16 above" (S/RES/1483 (2003) op 19, the heldout9 gold: 2003-11-22) had none,
as op 16 (the Secretary-General's responsibilities continued "for a period of six months following the adoption")
sets no term the extractor reads. The length a reference names picks that period among its paragraph's ("the six
month period": its first was taken whatever length was named), and "for the period specified in paragraph 1 above"
gives the length as well as the end (it gave the end alone when paragraph 1 sets no term)."""

import pytest

from tests.snippets import resolution, terms

DRC = (
    "1. Decides, for a further period ending on 31 December 2008, that all States shall take the necessary "
    "measures to prevent the direct or indirect supply of arms and any related materiel to all non-governmental "
    "entities and individuals operating in the territory of the Democratic Republic of the Congo;\n\n"
    "6. Decides that, for a further period ending on the date referred to in paragraph 1 above, all governments in "
    "the region, and in particular those of the Democratic Republic of the Congo and of States bordering Ituri and "
    "the Kivus, shall take the necessary measures to ensure that aircraft operate in the region in accordance with "
    "the Convention;\n\n"
    "8. Decides that, for a further period ending on the date referred to in paragraph 1 above, the government of "
    "the Democratic Republic of the Congo on the one hand, and those of States bordering Ituri and the Kivus on the "
    "other hand, shall take the necessary measures to strengthen the controls;\n\n"
    "9. Decides that, during the period of enforcement of the measures referred to in paragraph 1 above, all States "
    "shall take the necessary measures to prevent the entry into or transit through their territories of all "
    "persons designated by the Committee;\n\n"
    "11. Decides that all States shall, during the period of enforcement of the measures referred to in paragraph 1 "
    "above, immediately freeze the funds, other financial assets and economic resources which are on their "
    "territories;"
)


def test_measures_for_the_period_of_another_paragraph():
    r = resolution(DRC, date="2008-03-31", symbol="S/RES/1807 (2008)")
    assert terms(r, "op", "action", "of", "until") == [
        (1, "establishes", "S/RES/1807(2008)#1", "2008-12-31"),
        (6, "establishes", "S/RES/1807(2008)#6", "2008-12-31"),
        (8, "establishes", "S/RES/1807(2008)#8", "2008-12-31"),
        (9, "establishes", "S/RES/1807(2008)#9", "2008-12-31"),
        (11, "establishes", "S/RES/1807(2008)#11", "2008-12-31"),
    ]


def test_an_authorization_for_the_period_of_another_paragraph():
    text = (
        "1. Decides that the mandate of UNOCI shall be extended, in this specific instance, for a period of 7 months, "
        "until 24 January 2006;\n\n3. Authorizes, for the period specified in paragraph 1 above, an increase in the "
        "military component of UNOCI of up to 850 additional personnel;"
    )
    r = resolution(text, date="2005-06-22", symbol="S/RES/1609 (2005)")
    assert terms(r, "op", "action", "of", "until", "period") == [
        (1, "extends", "UNOCI", "2006-01-24", "P7M"),
        (3, "authorizes", "UNOCI", "2006-01-24", "P7M"),
    ]


def test_what_others_may_do_for_a_time_is_an_authorization():
    """ "Decides that for a period of six months from the date of this resolution, States cooperating with
    the TFG ..., may: (a) Enter the territorial waters of Somalia" (S/RES/1816 (2008) op 7, 1846 op 10,
    1851 op 6) authorizes, as their renewals read ("renew the authorizations as set out in paragraph 10
    of resolution 1846 (2008)"), of the States authorized (heldout15 S/RES/1846 op 10 -> of=States:
    test_authorization_of_states_that_may.py); a time counted from another resolution's adoption gives no date."""
    text = (
        "7. Decides that for a period of six months from the date of this resolution, States cooperating with the "
        "TFG in the fight against piracy and armed robbery at sea off the coast of Somalia, for which advance "
        "notification has been provided by the TFG to the Secretary-General, may enter the territorial waters of "
        "Somalia;\n\n8. Decides that for a period of six months, States may not ignore this;"
    )
    r = resolution(text, date="2008-06-02", symbol="S/RES/1816 (2008)")
    assert terms(r, "op", "action", "of", "until", "period") == [
        (7, "authorizes", "States", "2008-12-02", "P6M"),
    ]


IRAQ = (
    "16. Requests also that the Secretary-General, in coordination with the Authority, continue the exercise of his "
    "responsibilities under Security Council resolution 1472 (2003) of 28 March 2003, for a period of six months "
    "following the adoption of this resolution, and terminate within this time period, in the most cost effective "
    "manner, the ongoing operations of the Programme;\n\n"
    "19. Decides to terminate the Committee established pursuant to paragraph 6 of resolution 661 (1990) at the "
    "conclusion of the six month period called for in paragraph 16 above and further decides that the Committee "
    "shall identify individuals and entities referred to in paragraph 23 below;"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # S/RES/1483 (2003) op 19, the heldout9 gold: op 16 sets no term; its text counts six months from the
        # adoption, the end alone is the termination's (no length: the six months are the Secretary-General's)
        (IRAQ, [(19, "terminates", "SanctionsCommittee", "2003-11-22", None)]),
        # the length named picks the paragraph's period of that length, not its first (review of stop 59): here its
        # second, six months from the adoption, not the three months before it
        (
            IRAQ.replace(
                "for a period of six months",
                "for a period of three months following the adoption of this resolution in respect of the oil "
                "contracts, and for a period of six months",
            ),
            [(19, "terminates", "SanctionsCommittee", "2003-11-22", None)],
        ),
        # near miss: the paragraph counts no period of the length named: no time (not its first period's)
        (
            IRAQ.replace("for a period of six months", "for a period of three months"),
            [(19, "terminates", "SanctionsCommittee", None, None)],
        ),
        # one length however written (review X4 of stop 60: the lengths were compared as written, P12M against P1Y,
        # and gave no time where int60 gave the end): "the 12-month period" of one year, "the one-year period" of 12
        # months, "the two-week period" of 14 days
        (
            IRAQ.replace("for a period of six months", "for a period of one year").replace(
                "the six month period", "the 12-month period"
            ),
            [(19, "terminates", "SanctionsCommittee", "2004-05-22", None)],
        ),
        (
            IRAQ.replace("for a period of six months", "for a period of 12 months").replace(
                "the six month period", "the one-year period"
            ),
            [(19, "terminates", "SanctionsCommittee", "2004-05-22", None)],
        ),
        (
            IRAQ.replace("for a period of six months", "for a period of 14 days").replace(
                "the six month period", "the two-week period"
            ),
            [(19, "terminates", "SanctionsCommittee", "2003-06-05", None)],
        ),
        # near miss: six months are no year, however written: no time
        (
            IRAQ.replace("for a period of six months", "for a period of one year"),
            [(19, "terminates", "SanctionsCommittee", None, None)],
        ),
        # of two periods of the length named, the first that gives an end (review X4 of stop 60: the first alone was
        # read, and gave none): the second six months, counted from the adoption
        (
            IRAQ.replace(
                "for a period of six months following",
                "for a period of six months, and thereafter for a period of six months following",
            ),
            [(19, "terminates", "SanctionsCommittee", "2003-11-22", None)],
        ),
        # near miss: the six months named count from no start read ("until six months after the completion"), and the
        # end the paragraph gives is of another length, three months: no time (review X4 of stop 60: it was the three
        # months' end, 2003-08-22)
        (
            IRAQ.replace(
                "for a period of six months following",
                "until six months after the completion of the audit, and for a period of three months following",
            ),
            [(19, "terminates", "SanctionsCommittee", None, None)],
        ),
        # near miss: the paragraph named counts no end from the adoption (a length with no start): no time
        (
            IRAQ.replace("following the adoption of this resolution", "from the start of the operations"),
            [(19, "terminates", "SanctionsCommittee", None, None)],
        ),
    ],
)
def test_a_term_ending_with_the_period_of_a_paragraph_that_sets_none(text, expected):
    """When the paragraph named sets no term, its own text's period counted from the adoption gives the end."""
    r = resolution(text, date="2003-05-22", symbol="S/RES/1483 (2003)")
    assert terms(r, "op", "action", "of", "until", "period") == expected


def test_a_term_for_the_whole_period_of_a_paragraph_that_sets_none():
    """ "for the period specified in paragraph 1 above" is that period, its length too, when paragraph 1 sets no term
    and counts one from the adoption (an end alone, "at the conclusion of the six month period", keeps no length)."""
    text = (
        "1. Requests the Secretary-General to continue the exercise of his responsibilities for a period of six months "
        "following the adoption of this resolution;\n\n"
        "3. Decides that, for the period specified in paragraph 1 above, all States shall take the necessary measures "
        "to prevent the direct or indirect supply of arms to all non-governmental entities;"
    )
    r = resolution(text, date="2003-05-22", symbol="S/RES/1483 (2003)")
    assert terms(r, "op", "action", "of", "until", "period") == [
        (3, "establishes", "S/RES/1483(2003)#3", "2003-11-22", "P6M"),
    ]


DRC_1596 = (
    "1. Reaffirms the measures established by paragraph 20 of resolution 1493, dated 28 July 2003, and extended until "
    "31 July 2005 by resolution 1552, dated 27 July 2004, decides that these measures shall from now on apply to any "
    "recipient in the territory of the Democratic Republic of the Congo;\n\n"
    "13. Decides that, during the period of enforcement of the measures referred to in paragraph 1 above, all States "
    "shall take the necessary measures to prevent the entry into or transit through their territories of all "
    "persons designated by the Committee;"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # S/RES/1596 (2005) ops 6, 10, 13, 15, the heldout47 gold: op 1 reaffirms measures "extended until 31 July 2005"
        # and sets no term; the period of their enforcement ends on the one end date it writes (no length: none is
        # written); the extractor read no until
        (DRC_1596, [(13, "establishes", "S/RES/1596(2005)#13", "2005-07-31", None)]),
        # "for the period specified in paragraph 1 above" likewise
        (
            DRC_1596.replace(
                "during the period of enforcement of the measures referred to", "for the period specified"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", "2005-07-31", None)],
        ),
        # near miss: two different end dates written: which one is the period's is not said: no time (both said of
        # measures that run till then, term_refs.RUN_UNTIL: "and the exemptions until 31 December 2005", its participle
        # left out, is no longer read as an end of measures)
        (
            DRC_1596.replace(
                "by resolution 1552", "by resolution 1552, and the exemptions extended until 31 December 2005"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: an end date before the adoption is a past period's: no time
        (
            DRC_1596.replace("until 31 July 2005", "until 31 July 2004"),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: a date with no word of an end ("dated 28 July 2003") is none: no time
        (
            DRC_1596.replace("and extended until 31 July 2005 by resolution 1552, ", ""),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: a start date with the start words term_times.until leaves out ("with effect from", "effective")
        # is when the measures begin, not their end: no time (43aeee1f read 2005-06-01)
        (
            DRC_1596.replace(
                "and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, decides that these measures "
                "shall from now on apply",
                "decides that these measures shall apply, with effect from 1 June 2005,",
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        (
            DRC_1596.replace("and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, ", "").replace(
                "Congo;", "Congo, effective 1 June 2005;"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: a deadline for a report is no end of the measures: no time
        (
            DRC_1596.replace("and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, ", "").replace(
                "Congo;", "Congo, and requests the Group of Experts to report to the Council by 31 July 2005;"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: a review date ("no later than", S/RES/1596 op 17) is none: no time
        (
            DRC_1596.replace("and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, ", "").replace(
                "Congo;", "Congo, and decides to review them no later than 31 July 2005;"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
        # near miss: the date of a meeting is none: no time
        (
            DRC_1596.replace("and extended until 31 July 2005 by resolution 1552, dated 27 July 2004, ", "").replace(
                "Congo;", "Congo, and decides to review them at a meeting on 31 July 2005;"
            ),
            [(13, "establishes", "S/RES/1596(2005)#13", None, None)],
        ),
    ],
)
def test_a_term_for_the_period_of_a_paragraph_that_writes_its_end(text, expected):
    """When the paragraph named sets no term and counts no period, the one end date it writes gives the end."""
    r = resolution(text, date="2005-04-18", symbol="S/RES/1596 (2005)")
    assert terms(r, "op", "action", "of", "until", "period") == expected
