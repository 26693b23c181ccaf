"""A term whose time is a window of two days with no "the period" before it: "Authorises the Member States of the
African Union, between 1 January 2023 and 31 March 2023, to deploy up to 17,626 uniformed personnel" (S/RES/2628 (2022)
op 27, the heldout48 gold: T authorizes of=AMISOM until=2023-03-31, no length written) had no term: an authorization
for no time read is none, and only "until", "through", "for the period from ... to" or a ceiling's "from ... to" gave an
end. The window ("between D1 and D2", "from D1 to D2", the first day maybe with no year) ends the term on its last day
(term_spans.WINDOW), where it is the term's: after the term's words, not money's, not a past period's (ending before the
adoption or starting over a month before it), and never for a term that ends. Review 66: a window later in the clause
was read wherever it stood, so an event's ("to monitor the elections to be held between ...", "a committee, to meet ...
from ... to ...") or one beside a written length ("for a period of twelve months, in order to support the elections
... between ...") became the term's end. Now no window where the clause writes a length, only one in the term's own place
(set off by commas right after the verb and its object, or with no comma before it), and not after an event's words
(terms.yaml `window_not_after`)."""

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


# review 66: the window of an event later in the clause, or beside a written length, was read as the term's end
@pytest.mark.parametrize(
    "text,expected",
    [
        # near miss: a length written: the window is no length, and the elections' (it was 2026-01-31)
        (
            "5. Decides to extend the mandate of UNMISS for a period of twelve months, in order to support the "
            "elections to be held between 1 December 2025 and 31 January 2026;",
            [(5, "extends", None, "P12M")],
        ),
        # near miss: an aside set off by commas inside the words before a length (it was 2025-12-31)
        (
            "5. Decides to extend the mandate of UNMISS, with the elections between 1 June and 31 December 2025, for a "
            "period of twelve months;",
            [(5, "extends", None, "P12M")],
        ),
        # near miss: the elections' window ending the clause, no length: the event's, not the Panel's (it was
        # 2026-01-31)
        (
            "5. Decides to establish a Panel of Experts to monitor the elections to be held between 1 December 2025 "
            "and 31 January 2026;",
            [(5, "establishes", None, None)],
        ),
        # the term's own window set off after the object, and (near miss) an event's window in the same clause as the
        # term's words
        (
            "5. Authorises the Member States of the African Union, between 1 June 2025 and 31 December 2025, to deploy "
            "up to 1,000 personnel to ATMIS;",
            [(5, "authorizes", "2025-12-31", None)],
        ),
        (
            "5. Authorises the Member States of the African Union to deploy up to 1,000 personnel to ATMIS to secure "
            "the elections to be held between 1 June 2025 and 31 December 2025;",
            [],
        ),
        # pinned, not read (review 66's SHOULD): a day range inside one month, "from 15 to 31 March", names no month
        # for its first day (term_spans.WINDOW needs one), so an authorization with no other time is no term. In
        # cf-open49 the wording (564 hits) is an event's ("hosted by the Government of Grenada from 2 to 4 May 2019"),
        # never a term's; read it if a term's appears
        (
            "5. Authorises the Member States of the African Union to deploy up to 1,000 personnel to ATMIS from 15 to 31 "
            "May 2025;",
            [],
        ),
        # near miss: another verb's object after a comma: the flights' window, not the renewal's (it was 2025-05-31)
        (
            "5. Decides to renew the measures imposed by paragraph 2 of resolution 1343 (2001), and exempts the "
            "flights between 1 May and 31 May 2025;",
            [(5, "extends", None, None)],
        ),
    ],
)
def test_the_window_of_an_event_or_beside_a_length_is_not_the_terms(text, expected):
    r = resolution(text, date="2025-04-30", symbol="S/RES/2780 (2025)", preamble=ATMIS)
    assert terms(r, "op", "action", "until", "period") == expected


@pytest.mark.parametrize(
    "text",
    [
        # GA: a committee's sessions, set off by commas as a complement (it was 2025-05-09, 2025-07-31)
        "5. Decides to establish an ad hoc intergovernmental committee, to meet in New York from 28 April 2025 to 9 May "
        "2025, to negotiate a convention;",
        "5. Decides to establish an ad hoc intergovernmental committee to hold two sessions in New York between 1 March "
        "and 31 July 2025;",
    ],
)
def test_a_committees_sessions_are_not_its_term(text):
    r = resolution(text, date="2024-12-20", symbol="A/RES/79/999", organ="The General Assembly")
    assert [t for t in terms(r, "op", "action", "until") if t[2]] == []


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
