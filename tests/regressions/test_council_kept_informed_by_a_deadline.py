"""Keeping the Council informed by a deadline is a report due, one a date: "Requests the African Union to keep the
Security Council informed, through the Secretary-General in their regular reports requested in paragraph 9 of
resolution 2753 (2024), on the implementation of AUSSOM's mandate, by 30 March and 30 September 2025, including
specific reporting on" (S/RES/2767 (2024) op 46, heldout16: two written reports), "by 10 July 2022, 10 October 2022 and
10 January 2023 and further requests in this regard, these reports contain specific reporting on" (S/RES/2628 (2022) op
53: three, the "specific reporting" what they hold), "keep the Security Council informed of progress by 31 March 2026,
and every six months thereafter" (S/RES/2792 (2025) op 2), "keeps the Council informed every four months ..., with the
first report due by 31 January 2009" (S/RES/1829 (2008) op 9). A keeping informed with a cycle alone is none (heldout3
10 op 8, heldout12 11 op 27, heldout16 16 op 12), nor is one given "in the final report referred to in paragraph 2"
(S/RES/1981 (2011) op 5), and one whose deadline is that of a report it names is that report (S/RES/2520 (2020) op 36,
1380 (2001) op 2). Nor is the deadline of a thing the Council is kept informed of ("the withdrawal, to be completed by
31 December 2025", "the ceasefire agreed by 5 May 2024", "the elections scheduled for no later than 30 June 2025"; S/RES/2102
(2013) op 13 "a structurally integrated mission by 1 January 2014")."""

import pytest

from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

FIELDS = ("by", "through", "due", "every", "form")
CASES = [
    (
        "46. Requests the African Union to keep the Security Council informed, through the Secretary-General in their "
        "regular reports requested in paragraph 9 of resolution 2753 (2024), on the implementation of AUSSOM’s mandate, "
        "by 30 March and 30 September 2025, including specific reporting on:\n\n(a) progress on joint operations;\n\n"
        "(b) measures taken to protect civilians;",
        "2024-12-27",
        [
            ("AfricanUnion", "SecretaryGeneral", "2025-03-30", None, "written"),
            ("AfricanUnion", "SecretaryGeneral", "2025-09-30", None, "written"),
        ],
    ),
    (
        "53. Requests the African Union to keep the Security Council informed, through the Secretary-General, on the "
        "implementation of ATMIS’ mandate, by 10 July 2022, 10 October 2022 and 10 January 2023 and further requests "
        "in this regard, these reports contain specific reporting on:\n\n(a) progress on joint operations;",
        "2022-03-31",
        [
            ("AfricanUnion", "SecretaryGeneral", "2022-07-10", None, "written"),
            ("AfricanUnion", "SecretaryGeneral", "2022-10-10", None, "written"),
            ("AfricanUnion", "SecretaryGeneral", "2023-01-10", None, "written"),
        ],
    ),
    (
        "2. Requests the Secretary-General to keep the Security Council informed of progress by 31 March 2026, and "
        "every six months thereafter, and to suggest, as appropriate, in such updates his assessment of what could be "
        "conducive to encouraging further progress;",
        "2025-12-15",
        [("SecretaryGeneral", None, "2026-03-31", "P6M", None)],
    ),
    (
        "9. Requests that the Secretary-General keeps the Council informed every four months on the implementation of "
        "the mandate of UNIPSIL and this resolution, with the first report due by 31 January 2009;",
        "2008-09-29",
        [("SecretaryGeneral", None, "2009-01-31", "P4M", "written")],
    ),
    (
        "8. Requests that the Secretary-General keep the Council informed every six months of progress made in the "
        "implementation of the mandate of UNIPSIL and this resolution;",
        "2008-09-29",
        [],
    ),
    (
        "5. Requests the Secretary-General to keep it informed by 30 June 2011 in the final report referred to in "
        "paragraph 2 above and further in its next relevant reports on UNOCI and UNMIL, of developments;",
        "2011-05-19",
        [],
    ),
    (
        "36. Requests the AU to keep the Security Council informed every 90 days, through the Secretary-General, on the "
        "implementation of AMISOM’s mandate, through no fewer than three, detailed written reports, with the first no "
        "later than 15 August 2020;",
        "2020-05-29",
        [("AfricanUnion", "SecretaryGeneral", "2020-08-15", "P90D", "written")],
    ),
    (
        "2. Requests the Secretary-General to keep the Council informed of all significant developments in an interim "
        "report by 15 January 2002 and to provide an assessment of the situation by 18 February 2002;",
        "2001-11-29",
        [
            ("SecretaryGeneral", None, "2002-01-15", None, "written"),
            ("SecretaryGeneral", None, "2002-02-18", None, "written"),
        ],
    ),
    # the deadline of a thing the Council is kept informed of, not of the keeping (review of stop 32): a participle or
    # an infinitive after the last comma before it ("the steps he is taking to ensure the presence of a structurally
    # integrated mission by 1 January 2014", S/RES/2102 (2013) op 13), "for" right before it
    (
        "13. Requests the Secretary-General to keep the Security Council regularly informed of the implementation of "
        "the mandate, including the steps he is taking to ensure the presence of an integrated mission by 1 January "
        "2014;",
        "2013-06-06",
        [],
    ),
    (
        "5. Requests the Secretary-General to keep the Council informed of the progress of the withdrawal, to be "
        "completed by 31 December 2025;",
        "2024-12-20",
        [],
    ),
    (
        "5. Requests the Secretary-General to keep the Council informed of the implementation of the ceasefire agreed "
        "by 5 May 2024;",
        "2024-12-20",
        [],
    ),
    (
        "5. Requests the Secretary-General to keep the Council informed of the elections scheduled for no later than "
        "30 June 2025;",
        "2024-12-20",
        [],
    ),
    (
        "5. Requests the Secretary-General to keep the Council informed on the efforts of the parties to reach an "
        "agreement by 31 March 2025;",
        "2024-12-20",
        [],
    ),
]


@pytest.mark.parametrize("text,date,expected", CASES)
def test_council_kept_informed_by_a_deadline(text, date, expected):
    r = resolution(text, date=date)
    assert reports(r, *FIELDS) == expected
    assert all(x == "SecurityCouncil" for x in reports(r, "to"))


def test_keeping_informed_is_read_in_linear_time():
    from resgraph.extract import report_addressed

    def run(t):
        report_addressed.asked(t, 0, t.find("informed"), t.find("informed") + 8)

    assert growth(lambda n: "to keep the Council informed" + " of progress" * n + " by 1 May 2020", run, 200) < LINEAR
    assert growth(lambda n: "to keep the Council informed," + " " * n + "by", run, 1000) < LINEAR
