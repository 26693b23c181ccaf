"""Citations: (text snippet, expected (target, function, date)) tables."""

import pytest

from tests.snippets import snippet

GA = "The General Assembly,\n\n{}\n\n1. Takes note of the report;\n"
ECOSOC = "The Economic and Social Council,\n\n{}\n\n1. Takes note of the report;\n"
HRC = "The Human Rights Council,\n\n{}\n\n1. Takes note of the report;\n"

CASES = [
    # GA new style, its resolution, date
    (GA, "Recalling its resolution 66/181 of 19 December 2011,", {("A/RES/66/181", "recalls", "2011-12-19")}),
    # a list where each item has its date
    (
        GA,
        "Recalling Economic and Social Council resolutions 2004/25 of 21 July 2004, 2005/21 of 22 July 2005 and 2006/25 of 27 July 2006 on strengthening the rule of law,",
        {
            ("E/RES/2004/25", "recalls", "2004-07-21"),
            ("E/RES/2005/21", "recalls", "2005-07-22"),
            ("E/RES/2006/25", "recalls", "2006-07-27"),
        },
    ),
    # a list whose one date, after the last number, dates them all
    (
        GA,
        "Taking into consideration all relevant Economic and Social Council resolutions, in particular resolutions 2012/12, 2012/13 and 2012/19 of 26 July 2012,",
        {
            ("E/RES/2012/12", "takes-into-consideration", "2012-07-26"),
            ("E/RES/2012/13", "takes-into-consideration", "2012-07-26"),
            ("E/RES/2012/19", "takes-into-consideration", "2012-07-26"),
        },
    ),
    # items separated by titles
    (
        ECOSOC,
        'Recalling also Economic and Social Council resolutions 2009/23 of 30 July 2009, entitled "Support for regional programmes", and 2010/20 of 22 July 2010, entitled "Support for an integrated approach",',
        {("E/RES/2009/23", "recalls", "2009-07-30"), ("E/RES/2010/20", "recalls", "2010-07-22")},
    ),
    # items with descriptions
    (
        GA,
        "Recalling its resolutions 73/154 of 17 December 2018 on protecting children from bullying, 73/148 of 17 December 2018, entitled “Sexual harassment”,",
        {("A/RES/73/154", "recalls", "2018-12-17"), ("A/RES/73/148", "recalls", "2018-12-17")},
    ),
    # a title that itself cites
    (
        ECOSOC,
        "Recalling its resolution 1992/22 of 30 July 1992, entitled “Implementation of General Assembly resolution 46/152 concerning operational activities”,",
        {("E/RES/1992/22", "recalls", "1992-07-30"), ("A/RES/46/152", "recalls", None)},
    ),
    # its resolution in an ECOSOC text; a commission's resolution and decision
    (ECOSOC, "Recalling its resolution 1993/34 of 27 July 1993,", {("E/RES/1993/34", "recalls", "1993-07-27")}),
    (
        ECOSOC,
        "Recalling Commission on Crime Prevention and Criminal Justice resolution 19/1 of 21 May 2010, and Commission resolution 19/2 of 21 May 2010 and Commission decision 19/1 of 21 May 2010,",
        {
            ("E/CN.15/RES/19/1", "recalls", "2010-05-21"),
            ("E/CN.15/RES/19/2", "recalls", "2010-05-21"),
            ("E/CN.15/DEC/19/1", "recalls", "2010-05-21"),
        },
    ),
    # conference of the parties named after the number
    (
        ECOSOC,
        "Recalling resolution 5/5 of 22 October 2010 of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime,",
        {("CTOC/COP/RES/5/5", "recalls", "2010-10-22")},
    ),
    (
        GA,
        "Recalling further Conference of the States Parties to the United Nations Convention against Corruption resolution 7/8 of 10 November 2017 on corruption in sport,",
        {("CAC/COSP/RES/7/8", "recalls", "2017-11-10")},
    ),
    # Security Council, old GA style, special sessions, letters, non-breaking hyphen
    (
        GA,
        "Reaffirming Security Council resolution 1373 (2001) of 28 September 2001,",
        {("S/RES/1373(2001)", "reaffirms", "2001-09-28")},
    ),
    (GA, "Recalling its resolution 2200 A (XXI) of 16 December 1966,", {("A/RES/2200A(XXI)", "recalls", "1966-12-16")}),
    (
        GA,
        "Recalling its resolutions S-24/2 of 1 July 2000 and ES-10/1 of 25 April 1997,",
        {("A/RES/S-24/2", "recalls", "2000-07-01"), ("A/RES/ES-10/1", "recalls", "1997-04-25")},
    ),
    (
        GA,
        "Recalling its resolution S\u201123/2 and its resolution 57/270 B of 23 June 2003,",
        {("A/RES/S-23/2", "recalls", None), ("A/RES/57/270B", "recalls", "2003-06-23")},
    ),
    (
        ECOSOC,
        "Recalling Economic and Social Council resolution 155 C (VII) of 13 August 1948,",
        {("E/RES/155C(VII)", "recalls", "1948-08-13")},  # the part letter kept (issue 12)
    ),
    # Human Rights Council named around the number
    (
        GA,
        "Recalling relevant resolutions adopted by the Human Rights Council, including resolution 36/6 of 28 September 2017 and resolution 45/3 of 6 October 2020,",
        {("A/HRC/RES/36/6", "recalls", "2017-09-28"), ("A/HRC/RES/45/3", "recalls", "2020-10-06")},
    ),
    (
        GA,
        "Welcoming the decision by the Human Rights Council in its resolution 26/2 of 26 June 2014 to convene panels,",
        {("A/HRC/RES/26/2", "welcomes", "2014-06-26")},
    ),
    (
        HRC,
        "Recalling its resolution 5/1 of 18 June 2007 and General Assembly resolution 60/251 of 15 March 2006,",
        {("A/HRC/RES/5/1", "recalls", "2007-06-18"), ("A/RES/60/251", "recalls", "2006-03-15")},
    ),
    # the function of the clause, not of the paragraph
    (
        GA,
        "Draws attention to the emerging issues, and invites the Office to explore ways, bearing in mind Economic and Social Council resolution 2012/12 on the strategy,",
        {("E/RES/2012/12", "bears-in-mind", None)},
    ),
    # a body named by the text that established it is a mere reference
    (
        GA,
        "Reiterating its request to the Office to work with the Security Council Committee established pursuant to resolution 1373 (2001) concerning counter-terrorism,",
        {("S/RES/1373(2001)", "refers-to", None)},
    ),
    # nothing to cite
    (GA, "Recalling its resolutions relating to the urgent need to strengthen international cooperation,", set()),
]


@pytest.mark.parametrize("frame,text,expected", CASES)
def test_citation_table(frame, text, expected):
    r = snippet(frame.format(text))
    got = {(c.target, c.function, c.date) for c in r.citations}
    assert got == expected


def test_footnote_citations_take_the_function_at_their_marker():
    text = GA.format(
        "Reaffirming further the commitments undertaken in the Global Counter-Terrorism Strategy,[^4] and its reviews,[^5]\n\n"
        "Acknowledging the work of the Working Group established by the Conference of the Parties to the United Nations Convention against Transnational Organized Crime at its fifth session;[^8]\n\n"
        "[^4]: Resolution 60/288.\n[^5]: See resolution 62/272; see also the meeting records (A/62/PV.117-120).\n[^8]: CTOC/COP/2010/17, resolution 5/3."
    )
    r = snippet(text)
    got = {(c.target, c.function, c.via) for c in r.citations}
    assert got == {
        ("A/RES/60/288", "reaffirms", "footnote"),
        ("A/RES/62/272", "reaffirms", "footnote"),
        ("CTOC/COP/RES/5/3", "acknowledges", "footnote"),
    }
    assert {d.symbol for d in r.documents} == {"A/62/PV.117-120", "CTOC/COP/2010/17"}


def test_every_citation_keeps_its_span_in_the_source():
    text = GA.format("Recalling its resolution 66/181 of 19 December 2011,")
    r = snippet(text)
    (c,) = r.citations
    assert text[c.span.start : c.span.end].startswith("66/181")


def test_fulfilment_from_report_and_its_footnote():
    text = (
        "The General Assembly,\n\nRecalling its resolution 66/181,\n\n"
        "1. Takes note with appreciation of the report of the Secretary-General prepared pursuant to resolution 66/181;[^12]\n\n"
        "[^12]: A/67/156.\n"
    )
    r = snippet(text)
    assert {(f.report, f.mandate_of) for f in r.fulfils} == {("A/67/156", "A/RES/66/181")}
    assert ("A/RES/66/181", "takes-note") in {(c.target, c.function) for c in r.citations}


def test_treaties_and_ibid():
    text = GA.format(
        "Recalling the Convention against Corruption[^3] and the Protocols,[^4]\n\n"
        "[^3]: United Nations, Treaty Series, vol. 2349, No. 42146.\n[^4]: Ibid., vols. 2225, 2237 and 2241, No. 39574."
    )
    r = snippet(text)
    assert {(t.volumes, t.number) for t in r.treaties} == {(("2349",), "42146"), (("2225", "2237", "2241"), "39574")}


def test_mention_lead_reach_covers_the_widest_organ_name():
    """MENTION is tried only within LEAD_REACH characters before "resolution": an organ name wider
    than that would go unread."""
    from re import _parser  # the width re itself computes for a pattern

    from resgraph.extract.symbols import LEAD_REACH, ORG_WORDS

    assert _parser.parse(ORG_WORDS).getwidth()[1] <= LEAD_REACH
    assert _parser.parse("its|their").getwidth()[1] <= LEAD_REACH
