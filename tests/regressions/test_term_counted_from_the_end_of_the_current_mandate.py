"""The inventory listed the Ombudsperson and the 1526 Monitoring Team as active with no end date:
"to extend the mandate of the Office of the Ombudsperson ... for a period of 36 months from the
date of expiration of the Office of the Ombudsperson’s current mandate in June 2024" (S/RES/2734
(2024) op 66; op 101 and every renewal since S/RES/2161 (2014) said so) is a period counted from
the end of the earlier term, a month given with no day: the term ends that month plus the period
(2027-06). Other starts said another way had no end either: "for a period of one year beyond 20
December 2002" (ISAF, S/RES/1444 (2002) and its renewals), "for a further period of 12 months from
00:01 Eastern Daylight Time on 7 May 2002" (S/RES/1408 (2002)), "for a further period of 12 months
to 31 July 2009" (UNAMID, S/RES/1828 (2008)), "for a period of 12 months, commencing on 1 January
2007" (BINUB, S/RES/1719 (2006)). A date a term starts on ("she be authorized effective 28 August
2006 to continue to serve ... until its completion", S/RES/1705 (2006): a term of the judge, heldout43 09) is not
its end; "unless it decides to extend the mandate modification" (S/RES/2412 (2018) op 2) sets no term; an authorization
"until the end of MINUSCA’s mandate as authorized in this resolution" in the resolution that sets
MINUSCA up (S/RES/2149 (2014) op 47) ends when that mandate does."""

import pytest

from resgraph.extract.deadlines import add
from tests.snippets import resolution, terms

CASES = [
    (
        "66. Decides to extend the mandate of the Office of the Ombudsperson, established by resolution 1904 (2009), as "
        "reflected in the procedures outlined in annex II of this resolution, for a period of 36 months from the date "
        "of expiration of the Office of the Ombudsperson’s current mandate in June 2024, and expresses its intention "
        "to review the mandate and take appropriate action regarding the further extension no later than 17 May 2027;",
        "2024-06-10",
        [(66, "extends", "Ombudsperson", "2027-06", "P36M")],
    ),
    (
        "101. Decides, in order to assist the Committee in fulfilling its mandate, to extend the mandate of the current "
        "New York-based Monitoring Team and its members, established pursuant to paragraph 7 of resolution 1526 "
        "(2004), for a further period of twenty four months from the expiration of its current mandate in December "
        "2019, under the direction of the Committee;",
        "2017-07-20",
        [(101, "extends", "MonitoringTeam1526", "2021-12", "P24M")],
    ),
    (
        "1. Decides to extend the authorization, for a period of one year beyond 20 December 2002, of the International "
        "Security Assistance Force, as defined in resolution 1386 (2001);",
        "2002-11-27",
        [(1, "extends", "ISAF", "2003-12-20", "P1Y")],
    ),
    (
        "5. Decides that the measures imposed by paragraphs 5 to 7 of resolution 1343 (2001) shall remain in force for "
        "a further period of 12 months from 00:01 Eastern Daylight Time on 7 May 2002;",
        "2002-05-06",
        [(5, "extends", "S/RES/1343(2001)#5,6,7", "2003-05-07", "P12M")],
    ),
    (
        "1. Decides to extend the mandate of UNAMID as set out in resolution 1769 (2007) for a further period of 12 "
        "months to 31 July 2009;",
        "2008-07-31",
        [(1, "extends", "UNAMID", "2009-07-31", "P12M")],
    ),
    (
        "1. Requests the Secretary-General to establish a United Nations Integrated Office in Burundi (BINUB) for an "
        "initial period of 12 months, commencing on 1 January 2007;",
        "2006-10-25",
        [(1, "establishes", "BINUB", "2008-01-01", "P12M")],
    ),
    (  # a period with no start: the inventory counts it from the adoption, the term has no date
        "1. Decides to extend the mandate of the monitoring mechanism as set out in resolution 1295 (2000) for a "
        "period of three months;",
        "2001-01-23",
        [(1, "extends", "MonitoringMechanismAngola", None, "P3M")],
    ),
    (  # the date an authorization starts on is not its end: the judge's authorization has none (heldout43 09)
        "1. Decides that notwithstanding Article 12 ter of the Statute of the International Criminal Tribunal for "
        "Rwanda, Judge Bossa be authorized effective 28 August 2006 to continue to serve as a judge in the Butare case "
        "until its completion;",
        "2006-08-29",
        [(1, "authorizes", "Judge Bossa", None, None)],
    ),
    (  # an extension on a condition sets no term
        "2. Decides that as of 15 October 2018, the authorized troop ceiling shall decrease to 4,250, unless it "
        "decides to extend the mandate modification set forth in resolution 2024 (2011) and paragraph 1 of "
        "resolution 2075 (2012);",
        "2018-04-23",
        [],
    ),
    (  # "until the end of MINUSCA's mandate" where the same text sets MINUSCA up
        "18. Decides to establish the United Nations Multidimensional Integrated Stabilization Mission in the Central "
        "African Republic (MINUSCA) as from the date of adoption of this resolution until 30 April 2015;\n\n"
        "47. Authorizes French forces, within the limits of their capacities and areas of deployment, from the "
        "commencement of the activities of MINUSCA until the end of MINUSCA’s mandate as authorized in this "
        "resolution, to use all necessary means to provide operational support to elements of MINUSCA, and requests "
        "France to report to the Council on the implementation of this mandate as of 15 September 2014;",
        "2014-04-10",
        [(18, "establishes", "MINUSCA", "2015-04-30", None), (47, "authorizes", "FrenchForces", "2015-04-30", None)],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_the_end_of_a_term_counted_from_a_start(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected


@pytest.mark.parametrize(
    "start,length,end",
    [
        ("2024-06", "P36M", "2027-06"),
        ("2019-12", "P24M", "2021-12"),
        ("2015-06", "P1Y", "2016-06"),
        ("2024-06", "P30D", None),  # days from a month with no day: unknown
        ("2024-08-30", "P6M", "2025-02-28"),
    ],
)
def test_a_month_plus_a_length(start, length, end):
    assert add(start, length) == end
