"""Eighth held-out gold (S/RES/2367 (2017) op 7, 2372 op 23): an assessment or review that someone is asked to
conduct by a time, or to provide to the Council, is a report due ("to conduct, by 15 October 2017, an independent,
external assessment of the structure and staffing of the Mission"); it was missed, as were the strategic reviews "to
conduct and provide the Security Council, no later than 15 August 2025, with a strategic review of UNISFA" (2760 op
36 and some twenty more in corpus-full). Not a report: one with no time or receiver, the Council's own review, a
Committee's review of names, an assessment whose outcome a report of the clause carries, and what a review holds.
A review of no named kind ("a review of progress", no "strategic") was one only where handed to an organ; it is one
too where provided by a time ("to provide within 6 months of adoption of this resolution a review of progress made by
the parties", S/RES/2327 (2016) op 34, heldout45 18), not where conducted by one (the Committee's review of names)."""

import pytest

from tests.snippets import reports, resolution

SC = "The Security Council"
CASES = [
    (
        "7. Calls upon the Secretary-General to conduct, by 15 October 2017, an independent, external assessment of "
        "the structure and staffing of the Mission, related resources and priorities;",
        [(7, "SecretaryGeneral", "SecurityCouncil", "2017-10-15", None)],
    ),
    (
        "23. Requests the Secretary-General to conduct a comprehensive assessment of AMISOM by 15 April 2018, working "
        "closely with the African Union, to take stock of the transition thus far;",
        [(23, "SecretaryGeneral", "SecurityCouncil", "2018-04-15", None)],
    ),
    (  # a review provided to the Council; what it holds ("(i) an assessment") is no second report
        "5. Requests that the Secretary-General, in accordance with best practices, conduct and provide the Security "
        "Council, no later than 31 July 2021, with an independent strategic review of UNSMIL, including: (i) an "
        "assessment and recommendations for improving the efficiency of UNSMIL;",
        [(5, "SecretaryGeneral", "SecurityCouncil", "2021-07-31", None)],
    ),
    (
        "21. Requests the Secretary-General to conduct, within six months of the adoption of the resolution, a "
        "thorough assessment of the situation in Northern and Central Mali;",
        [(21, "SecretaryGeneral", "SecurityCouncil", "2018-01-14", "P6M")],
    ),
    (
        "8. Further requests the Secretary-General to present to the Council a further review of UNMHA;",
        [(8, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (  # capitalised words of its name
        "11. Requests the AU to conduct, in collaboration with partners, a joint Operational Readiness Assessment of "
        "AMISOM, to be completed by 15 September 2018, in order to identify capacities;",
        [(11, "AfricanUnion", "SecurityCouncil", "2018-09-15", None)],
    ),
    (  # the report of the clause carries the outcome: one item
        "6. Requests the Secretary-General to conduct a strategic review of UNAMA and issue a written report on the "
        "results to the Council by 31 March 2027;",
        [(6, "SecretaryGeneral", "SecurityCouncil", "2027-03-31", None)],
    ),
    (  # a review of no named kind provided by a time (S/RES/2327 (2016) op 34, heldout45 18); the mandate changes
        # are recommended "to the UNMISS mandate", which receives no report
        "34. Requests the Secretary-General to provide within 6 months of adoption of this resolution a review of "
        "progress made by the parties in ceasing hostilities, returning to the path of dialogue, and achieving "
        "inclusiveness within the government, as well as recommend any relevant adjustments to the UNMISS mandate;",
        [(34, "SecretaryGeneral", "SecurityCouncil", "2018-01-14", "P6M")],
    ),
    ("34. Requests the Secretary-General to provide a review of progress made by the parties;", []),
    (  # other changes to a body's mandate: the body names the mandate, no receiver
        "34. Requests the Secretary-General to provide within 6 months of adoption of this resolution a review of "
        "progress made by the parties, as well as recommend any relevant changes to the UNMISS mandate;",
        [(34, "SecretaryGeneral", "SecurityCouncil", "2018-01-14", "P6M")],
    ),
    (
        "34. Requests the Secretary-General to provide within 6 months of adoption of this resolution a review of "
        "progress made by the parties, as well as recommend any revisions to the UNMISS mandate;",
        [(34, "SecretaryGeneral", "SecurityCouncil", "2018-01-14", "P6M")],
    ),
    # input to a review is provided by the time, not the review
    ("1. Requests the Monitoring Team to provide, by 30 June 2018, input to a review of the Consolidated List;", []),
    # a review mechanism is a thing of its own, not a review
    ("2. Requests the Secretary-General to provide, within 90 days, a review mechanism for the list;", []),
    # the time of a relative clause after the review is not the review's
    (
        "3. Requests the Secretary-General to provide a review of the mandate of the Mission, which expires by 31 "
        "December 2018;",
        [],
    ),
    ("3. Calls upon the Secretary-General to conduct a comprehensive assessment of UNIOSIL’s role;", []),
    ("2. Decides to conduct an interim review of the work of CTED by 30 June 2012;", []),
    (
        "25. Directs the Committee to conduct a review of all names on the Consolidated List by 30 June 2010;",
        [],
    ),
    ("15. Expresses its intention to keep the mandate of UNIFIL under review by 31 August 2018;", []),
    (  # an assessment named as a step before what is provided
        "42. Requests the Secretary-General to provide to the Council, no later than 15 September 2022, and following "
        "completion of a technical assessment of Somalia’s capability, recommendations to improve it;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_assessments_and_reviews_due(text, expected):
    r = resolution(text, date="2017-07-14", organ=SC, preamble="Recalling its resolution 2304 (2016),")
    assert reports(r, "op", "by", "to", "due", "within") == expected
