"""A report noun joined to the report before it ("and", "as well as", a list's mark) with no verb and no
receiver of its own goes where that one goes, and a channel said after the joining "and", before the next
report, is the next report's. The sanctions panels' yearly wording, "to provide monthly updates to the
Committee, and a comprehensive midterm update, as well as to submit, for the Security Council's consideration,
through the Committee, two final reports" (S/RES/2244 (2015) op 32, heldout8 10; 2317, 2385, 2444), gave the
midterm update to the Council; "regular updates to the Committee, ..., a comprehensive mid-term update and, for
the Security Council's consideration, through the Committee, a final report by 15 October 2021" (2551 (2020) op
34; 2607, 2713, 2806) gave the midterm update the final report's channel and the final report none; "to present
to the General Assembly and the Security Council an interim report in 2022 and a second, detailed report in
2024" (S/RES/2558 (2020) op 5, heldout11 02; A/RES/75/201 op 5) gave the second report to the Council alone."""

from tests.snippets import reports, resolution

MONITORING_GROUP = "Recalling the Monitoring Group re-established by paragraph 3 of resolution 1519 (2003),"
PANEL = "Recalling the Panel of Experts established by paragraph 11 of resolution 2444 (2018),"

CASES = [
    (
        "1. Requests the Monitoring Group to provide monthly updates to the Committee, and a comprehensive midterm "
        "update, as well as to submit, for the Security Council’s consideration, through the Committee, a final "
        "report by 15 October 2016;",
        "2015-10-22",
        MONITORING_GROUP,
        [
            ("SanctionsCommittee", None, None, "P1M"),
            ("SanctionsCommittee", None, None, None),
            ("SecurityCouncil", "SanctionsCommittee", "2016-10-15", None),
        ],
    ),
    (
        "1. Requests the Panel to provide regular updates to the Committee, a comprehensive mid-term update and, for "
        "the Security Council’s consideration, through the Committee, a final report by 15 October 2021;",
        "2020-11-12",
        PANEL,
        [
            ("SanctionsCommittee", None, None, None),
            ("SanctionsCommittee", None, None, None),
            ("SecurityCouncil", "SanctionsCommittee", "2021-10-15", None),
        ],
    ),
    (
        "1. Requests the Secretary-General to present to the General Assembly and the Security Council an interim "
        "report in 2022 and a second, detailed report in 2024 in advance of the review;",
        "2020-12-21",
        "Recalling its resolution 2282 (2016),",
        [
            ("GeneralAssembly", None, "2022", None),
            ("SecurityCouncil", None, "2022", None),
            ("GeneralAssembly", None, "2024", None),
            ("SecurityCouncil", None, "2024", None),
        ],
    ),
    # a report with a receiver of its own keeps it, and one asked by a verb of its own is not joined
    (
        "1. Requests the Panel to provide a midterm update to the Committee no later than 24 September 2015, and a "
        "final report no later than 24 January 2016 to the Security Council;",
        "2015-02-24",
        PANEL,
        [("SanctionsCommittee", None, "2015-09-24", None), ("SecurityCouncil", None, "2016-01-24", None)],
    ),
]


def test_a_joined_report_goes_where_the_one_before_goes():
    for text, date, preamble, want in CASES:
        r = resolution(text, date=date, preamble=preamble)
        assert reports(r, "to", "through", "due", "every") == want, text
