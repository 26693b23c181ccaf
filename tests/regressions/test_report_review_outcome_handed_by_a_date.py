"""The outcome of a review, an assessment or an analysis handed to the Council by a date is a written report due (the
golds: heldout22 14 op 13, heldout12 14 op 7; not an assessment mission's, a visit: heldout20 15 op 18), though no
"report" is said: "to conduct a strategic review of MINUSCA ..., and to present recommendations to the Security Council
by 22 June 2016" (S/RES/2281 (2016) op 4) gave no report, nor did "to conduct a strategic review of MONUSCO ..., with a
view to: (a) Providing the Security Council with options, no later than 30 September 2017" (S/RES/2348 (2017) op 51,
heldout44 18: the receiver named before "with", the review in the operative paragraph of the item), nor its item (b)
"providing advice to the Security Council on an exit strategy, ... in advance of the next mandate renewal" (advice is
an outcome too, due by the renewal of a mandate the text sets: report_term_end). Options, recommendations or advice
with no review before them, or no
deadline, or inside a report asked before, stay none (tests/mandate_gold/README.md: "submit recommendations" alone is
no report)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # S/RES/2232 (2015) op 13, heldout22 14
        "13. Requests the Secretary-General, in consultation with all stakeholders, to carry out a strategic review of "
        "UNSOA, and set out a wide range of options on how to improve overall support to AMISOM, and further requests "
        "the Secretary-General to present these options to the Council by no later than 30 September 2015;",
        "2015-07-28",
        [("SecretaryGeneral", "SecurityCouncil", "2015-09-30", "written")],
    ),
    (  # S/RES/2239 (2015) op 18, heldout20 15 (review r3): an assessment mission is a visit, not a document; none
        "18. Affirms its intention, based on the Security Council's review by 15 December 2016 of Liberia's overall "
        "capacity, to consider the possible withdrawal of UNMIL and, in this regard, requests the "
        "Secretary-General to conduct an assessment mission to Liberia in order to provide recommendations to the "
        "Security Council by 15 November 2016;",
        "2015-09-17",
        [],
    ),
    (  # S/RES/2173 (2014) op 7, heldout12 14: the analysis, in the next clause, with recommendations beside it
        "7. Requests the Secretary-General to conduct an analysis of implementation of the review of UNAMID, including "
        "specific achievements reached; requests that he present this analysis, together with recommendations for the "
        "future mandate of UNAMID, by 28 February 2015; and expresses its intention to take decisions accordingly;",
        "2014-08-27",
        [("SecretaryGeneral", "SecurityCouncil", "2015-02-28", "written")],
    ),
    (  # S/RES/2281 (2016) op 4
        "4. Requests the Secretary-General to conduct a strategic review of MINUSCA to ensure that the future mandate of "
        "MINUSCA is properly configured, and to present recommendations to the Security Council by 22 June 2016;",
        "2016-04-26",
        [("SecretaryGeneral", "SecurityCouncil", "2016-06-22", "written")],
    ),
    (  # S/RES/2067 (2012) op 21: the review named, not asked
        "21. Looks forward to the Secretary-General's inter-agency review of the United Nations presence in Somalia, "
        "and requests that he presents options and recommendations to the Security Council by 31 December 2012;",
        "2012-09-18",
        [("SecretaryGeneral", "SecurityCouncil", "2012-12-31", "written")],
    ),
    (  # S/RES/2348 (2017) op 51 (a), heldout44 18: the receiver before "with", the review in the operative paragraph
        "51. Requests the Secretary-General, in accordance with best practices, to conduct a strategic review of "
        "MONUSCO, examining the continued relevance of all mandated tasks, with a view to:\n\n"
        "(a) Providing the Security Council with options, no later than 30 September 2017, for a reduction of MONUSCO's "
        "Force and civilian components, with a view to transferring relevant activities to the UNCT and other relevant "
        "partners, as appropriate; and\n\n"
        "(b) In light of the Security Council's reaction to these options, providing advice to the Security Council on "
        "an exit strategy, in advance of the next mandate renewal;",
        "2017-03-31",
        # (b)'s advice, due before the renewal: the end of a mandate the text sets, none here (locked as none before,
        # changed on purpose: heldout44 18 counts it, due the end of op 26's mandate)
        [
            ("SecretaryGeneral", "SecurityCouncil", "2017-09-30", "written"),
            ("SecretaryGeneral", "SecurityCouncil", None, "written"),
        ],
    ),
    (  # the whole text: the advice due at the end of the mandate it sets
        "26. Decides to extend until 31 March 2018 the mandate of MONUSCO;\n\n"
        "51. Requests the Secretary-General to conduct a strategic review of MONUSCO, with a view to:\n\n"
        "(a) Providing the Security Council with options, no later than 30 September 2017, for a reduction of MONUSCO's "
        "Force; and\n\n"
        "(b) In light of the Security Council's reaction to these options, providing advice to the Security Council on "
        "an exit strategy, in line with paragraph 50 above and in advance of the next mandate renewal;",
        "2017-03-31",
        [
            ("SecretaryGeneral", "SecurityCouncil", "2017-09-30", "written"),
            ("SecretaryGeneral", "SecurityCouncil", "2018-03-31", "written"),
        ],
    ),
    (  # advice with no review before it: none (S/RES/1876 (2009) op 9, the Peacebuilding Commission's)
        "9. Requests the Peacebuilding Commission to continue to provide advice to the Security Council on how to remove "
        "critical obstacles to peacebuilding in Guinea-Bissau, in advance of the next mandate renewal;",
        "2009-06-26",
        [],
    ),
    (  # advice after a review, no deadline: none
        "4. Requests the Secretary-General to conduct a strategic review of UNMISS and to provide advice to the Security "
        "Council on an exit strategy;",
        "2017-03-31",
        [],
    ),
    (  # the same in one paragraph
        "4. Requests the Secretary-General to conduct a strategic review of UNMISS and to provide the Council with "
        "options by 30 September 2017;",
        "2017-03-31",
        [("SecretaryGeneral", "SecurityCouncil", "2017-09-30", "written")],
    ),
    # near misses: the items with no review in their paragraph; options given to a body that is no organ
    (
        "51. Requests the Secretary-General to support the Government of the DRC, with a view to:\n\n"
        "(a) Providing the Security Council with options, no later than 30 September 2017, for a reduction of MONUSCO's "
        "Force;",
        "2017-03-31",
        [],
    ),
    (
        "4. Requests the Secretary-General to conduct a strategic review of UNMISS, and to provide the Government with "
        "options by 30 September 2017;",
        "2017-03-31",
        [],
    ),
    (  # the Council's own task "to review", no review handed over: none
        "4. Decides to review the measures in paragraph 3, and requests the Panel of Experts to provide the Committee "
        "with recommendations by 30 September 2017;",
        "2017-03-31",
        [],
    ),
    # no review before: recommendations alone
    (
        "5. Requests the Secretary-General to present recommendations to the Security Council by 30 June 2016;",
        "2016-04-26",
        [],
    ),
    # no deadline
    (
        "4. Requests the Secretary-General to conduct a strategic review of MINUSCA, and to present recommendations to "
        "the Security Council;",
        "2016-04-26",
        [],
    ),
    # the contents of a report asked first: one item
    (
        "4. Requests the Secretary-General to conduct a strategic review of MINUSCA and to submit a report to the "
        "Security Council, including options and recommendations, by 22 June 2016;",
        "2016-04-26",
        [("SecretaryGeneral", "SecurityCouncil", "2016-06-22", "written")],
    ),
    # a situation kept under review is no review whose outcome is the advice
    (
        "1. Requests the Secretary-General to keep the situation under review and to provide advice to the Council "
        "ahead of the renewal of the mandate of the Mission;",
        "2017-03-31",
        [],
    ),
    # a review welcomed is done, not asked for: the advice after it is none
    (
        "2. Welcomes the review of the peacebuilding architecture, and requests the Peacebuilding Commission to "
        "provide advice to the Security Council ahead of the renewal of the mandate of UNIOGBIS;",
        "2017-03-31",
        [],
    ),
]


@pytest.mark.parametrize(("text", "date", "want"), CASES)
def test_report_review_outcome_handed_by_a_date(text, date, want):
    got = reports(resolution(text, date=date), "by", "to", "due", "form")
    assert got == want
