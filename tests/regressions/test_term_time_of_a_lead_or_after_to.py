"""Terms whose time was lost: a sub-paragraph's renewal under a paragraph that gives the time before
its colon ("Decides for a period of 12 months from the date of adoption of this resolution: (a) To
renew the measures on travel imposed by paragraph 4 of resolution 1521 (2003)", S/RES/2025 (2011),
2079, 2128, 2188 op 2), and an extension "to" a date, no "until" ("to extend the mandate of the Group of
Experts to 15 December 2006", S/RES/1708 (2006) op 1; "to October 2, 2025", 2751 (2024) op 1; BINUH
"to 31 January 2027", 2814 (2026) op 1; "to extend up to 30 June 2011 the temporary redeployment",
1981 (2011) op 3)."""

from tests.snippets import resolution, terms


def test_the_time_a_lead_gives_its_items():
    r = resolution(
        "2. Decides for a period of 12 months from the date of adoption of this resolution:\n"
        "(a) To renew the measures on travel imposed by paragraph 4 of resolution 1521 (2003);\n"
        "(b) To renew the measures on arms imposed by paragraph 2 of resolution 1521 (2003);\n"
        "(c) To review the measures in this paragraph;\n",
        date="2011-12-14",
    )
    # one term of the resolution's two paragraphs (heldout24 14 op 2 by its review; test_term_renewals_of_one_lead_time)
    assert terms(r, "op", "action", "of", "until", "period") == [
        (2, "extends", "S/RES/1521(2003)#2,4", "2012-12-14", "P12M"),
    ]


def test_an_extension_to_a_date():
    r = resolution(
        "1. Decides to extend the mandate of the Group of Experts on Côte d'Ivoire to 15 December 2006, and requests "
        "the Secretary-General to take the necessary administrative measures;\n\n"
        "2. Decides to extend the present mandate of the MSS mission, as authorized in resolution 2699 (2023), to "
        "October 2, 2025;\n\n"
        "3. Decides to extend the mandate of UNMISS until 30 April 2025 and to increase its troop ceiling to "
        "17,000 by 1 January 2025;\n",
        date="2006-10-31",
    )
    assert terms(r, "op", "until") == [(1, "2006-12-15"), (2, "2025-10-02"), (3, "2025-04-30")]


def test_an_extension_takes_the_time_of_the_body_set_up_again():
    """S/RES/2002 (2011) op 6, 1853 op 3, 1916 op 6: the extension is the term; the Monitoring Group set up
    again "for a period of 12 months from the date of this resolution" gives it its time."""
    r = resolution(
        "6. Decides to extend the mandate of the Monitoring Group referred to in paragraph 3 of resolution 1558 (2004), "
        "and requests the Secretary-General to take the necessary administrative measures as expeditiously as "
        "possible to re-establish the Monitoring Group for a period of 12 months from the date of this resolution;\n",
        date="2011-07-29",
    )
    assert terms(r, "action", "of", "until", "period") == [("extends", "MonitoringGroup1519", "2012-07-29", "P12M")]


def test_a_termination_effective_on_a_date():
    """S/RES/1827 (2008) op 1: "effective on" a date is when a termination takes effect."""
    r = resolution("1. Decides to terminate UNMEE’s mandate effective on 31 July 2008;\n", date="2008-07-30")
    assert terms(r, "action", "of", "until") == [("terminates", "UNMEE", "2008-07-31")]
