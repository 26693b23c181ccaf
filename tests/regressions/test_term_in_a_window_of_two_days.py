"""A term whose time is a window of two days with no "the period" before it: "Authorises the Member States of the
African Union, between 1 January 2023 and 31 March 2023, to deploy up to 17,626 uniformed personnel" (S/RES/2628 (2022)
op 27, the heldout48 gold: T authorizes of=AMISOM until=2023-03-31, no length written) had no term: an authorization
for no time read is none, and only "until", "through", "for the period from ... to" or a ceiling's "from ... to" gave an
end. The window ("between D1 and D2", "from D1 to D2", the first day maybe with no year) ends the term on its last day
(term_spans.WINDOW), where it is the term's: after the term's words, not money's, not a past period's (ending before the
adoption or starting over a month before it), and never for a term that ends."""

import pytest

from tests.snippets import resolution, terms

# the document names ATMIS, so its mission is AMISOM (the vocabulary's id for ATMIS), as in S/RES/2628 (2022)
ATMIS = (
    "Welcoming the reconfiguration of AMISOM into ATMIS, and the support of UNSOS to ATMIS and to the forces of ATMIS,"
)


@pytest.mark.parametrize(
    "text,expected",
    [
        # S/RES/2628 (2022) op 27: the window set off by commas before the infinitive
        (
            "27. Authorises the Member States of the African Union, between 1 January 2023 and 31 March 2023, to deploy "
            "up to 17,626 uniformed personnel, inclusive of a minimum of 1040 police personnel including five Formed "
            "Police Units;",
            [(27, "authorizes", "AMISOM", "2023-03-31", None)],
        ),
        # the first day with no year, the window after the object
        (
            "27. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS "
            "between 1 January and 31 March 2023;",
            [(27, "authorizes", "AMISOM", "2023-03-31", None)],
        ),
        # "from D1 to D2" with no strength before it (S/RES/2687 (2023) op 19 reads it as a second phase's)
        (
            "27. Authorises the Member States of the African Union, from 1 January 2023 to 31 March 2023, to deploy up "
            "to 17,626 uniformed personnel to ATMIS;",
            [(27, "authorizes", "AMISOM", "2023-03-31", None)],
        ),
        # an extension of an authorization for a window
        (
            "27. Decides to extend the authorization of the Member States of the African Union to deploy ATMIS between "
            "1 January 2023 and 31 March 2023;",
            [(27, "extends", "AMISOM", "2023-03-31", None)],
        ),
        # near miss: "until" gives the end as before, the window's start no end
        (
            "27. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS "
            "from 1 January 2023 until 30 June 2023;",
            [(27, "authorizes", "AMISOM", "2023-06-30", None)],
        ),
        # near miss: a past period (it ended before the adoption): no time, no term
        (
            "27. Authorises the Member States of the African Union to deploy ATMIS between 1 December 2021 and "
            "31 January 2022;",
            [],
        ),
        # near miss: a window starting long before the adoption is a past period's, even if it ends after
        (
            "27. Authorises the Member States of the African Union to deploy ATMIS between 1 January 2021 and "
            "31 December 2022;",
            [],
        ),
        # near miss: a window of money is a budget's period, not the term's
        (
            "27. Authorizes the Secretary-General to enter into commitments in an amount not exceeding 7 million "
            "dollars for ATMIS between 1 April 2022 and 31 December 2022;",
            [],
        ),
        # near miss: the window of another task, in a clause of its own
        (
            "27. Authorises the Member States of the African Union to deploy ATMIS, and requests the African Union to "
            "report on the period between 1 January 2023 and 31 March 2023;",
            [],
        ),
        # near miss: the window before the term's words is not its time
        (
            "27. Notes the deployment between 1 April 2022 and 30 June 2022 and decides to extend the mandate of UNSOS "
            "for a period of six months;",
            [(27, "extends", "UNSOS", None, "P6M")],
        ),
    ],
)
def test_a_term_in_a_window_of_two_days(text, expected):
    r = resolution(text, date="2022-03-31", symbol="S/RES/2628 (2022)", preamble=ATMIS)
    assert terms(r, "op", "action", "of", "until", "period") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # near miss: a term that ends takes no window for its end ("terminate ... between" names when, not until)
        (
            "5. Decides to terminate the measures imposed by paragraph 2 of resolution 1343 (2001) between 1 May 2022 "
            "and 31 May 2022;",
            [],
        ),
    ],
)
def test_an_ending_takes_no_window(text, expected):
    r = resolution(text, date="2022-03-31", symbol="S/RES/2628 (2022)", preamble=ATMIS)
    assert [t for t in terms(r, "op", "action", "of", "until", "period") if t[3] == "2022-05-31"] == expected
