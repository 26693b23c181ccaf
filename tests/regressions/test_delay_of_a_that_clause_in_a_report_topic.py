"""A delay that ends a that-clause of a report's topic is the clause's time, not the report's (audit fixf56, seed 5603).

"Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on the
implementation of the present resolution, ... and the implementation of the United Nations action plan to ensure that
every person on Earth is protected by early warning systems within five years" (A/RES/78/152 op 68; 77/164 op 60, its
twin at the seventy-eighth session) gave due 2028-12-19, within P5Y: the five years are the action plan's. The
report is due at the session alone. "within the next four years" said so was already the clause's (A/RES/79/205 op 78,
report_delays.NEXT); now a plain delay too, where the "that" opens a clause of a purpose or a result ("ensure that",
"so that"), comes after a report word, has an auxiliary after it and neither a report word nor a comma between it and
the delay. Not taken (review56-A finding 1): a relative "that" ("those measures that are sui generis to particular
sanctions regimes, within 9 months", S/RES/2664 (2022) op 7 without its "of the adoption"), a "that" after another verb
("bearing in mind that"), an "ensure that" clause closed by a comma before the delay; a report word after the
"that" ("to ensure that ... and to report to the Council within 90 days"), a "that" before any report word ("Requests
that the Secretary-General brief ... within 60 days", S/RES/2721 (2023) op 6), a "that" with no verb of its own ("on
that matter within 30 days"), a delay counted from the adoption ("within 90 days of the adoption of this resolution").
"""

import pytest

from tests.snippets import reports, resolution

GA = "The General Assembly"
CASES = [
    (
        "68. Requests the Secretary-General to submit to the General Assembly at its seventy-ninth session a report on "
        "the implementation of the present resolution, the effective global response to address the impacts of the "
        "El Niño phenomenon and the implementation of the United Nations action plan to ensure that every person on "
        "Earth is protected by early warning systems within five years;",
        "2023-12-19",
        GA,
        [("GeneralAssembly", 79, None, None)],
    ),
    (
        "60. Requests the Secretary-General to submit to the General Assembly at its seventy-eighth session a report on "
        "the implementation of the present resolution, the effective global response to address the impacts of the "
        "El Niño phenomenon and the implementation of the United Nations action plan to ensure that every person on "
        "Earth is protected by early warning systems within five years, and decides to include in the provisional "
        "agenda of its seventy-eighth session, under the item entitled “Sustainable development”, the sub-item "
        "entitled “Disaster risk reduction”.",
        "2022-12-14",
        GA,
        [("GeneralAssembly", 78, None, None)],
    ),
    # not taken: the report word after the "that" (the delay is the report's)
    (
        "5. Requests the Secretary-General to ensure that the mission is fully deployed and to report to the Council "
        "within 90 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-04-09", "P90D")],
    ),
    # not taken: no report word before the "that" (S/RES/2721 (2023) op 6)
    (
        "6. Requests that the Secretary-General brief the Security Council on the outcome of these consultations and "
        "discussions within 60 days;",
        "2023-12-29",
        "SC",
        [("SecurityCouncil", None, "2024-02-27", "P60D")],
    ),
    # not taken: a "that" with no verb of its own
    (
        "5. Requests the Secretary-General to report on that matter within 30 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-02-09", "P30D")],
    ),
    # not taken: a relative "that" in the report's topic, a comma before the delay (S/RES/2664 (2022) op 7 with its
    # anchor "of the adoption" dropped; review56-A finding 1)
    (
        "7. Requests that the Secretary-General issue a written report on unintended adverse humanitarian consequences "
        "of Security Council sanctions measures, including recommendations, as well as those measures that are sui "
        "generis to particular sanctions regimes, within 9 months;",
        "2022-12-09",
        "SC",
        [("SecurityCouncil", None, "2023-09-09", "P9M")],
    ),
    (
        "5. Requests the Secretary-General to provide an update on the measures that are being taken, within 60 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-03-10", "P60D")],
    ),
    # not taken: a relative "that" with no comma before the delay
    (
        "5. Requests the Secretary-General to submit a report on violations that have occurred in the region within "
        "90 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-04-09", "P90D")],
    ),
    (
        "5. Requests the Secretary-General to submit a report that will include recommendations on the mission within "
        "90 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-04-09", "P90D")],
    ),
    # not taken: a "that" after another verb
    (
        "5. Requests the Secretary-General to report to the Council on the implementation of this resolution, bearing "
        "in mind that the situation is volatile, within 30 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-02-09", "P30D")],
    ),
    # not taken: an "ensure that" clause closed by a comma before the delay
    (
        "5. Requests the Secretary-General to report on measures to ensure that the mission is fully deployed, within "
        "90 days;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-04-09", "P90D")],
    ),
    # taken: "was" is an auxiliary of the clause too (review56-A finding 7)
    (
        "5. Requests the Secretary-General to report on measures to ensure that every person was protected within "
        "five years;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, None, None)],
    ),
    # not taken: a delay counted from the adoption
    (
        "5. Requests the Secretary-General to report to the Council on measures taken to ensure that the mission is "
        "fully deployed within 90 days of the adoption of this resolution;",
        "2020-01-10",
        "SC",
        [("SecurityCouncil", None, "2020-04-09", "P90D")],
    ),
]


@pytest.mark.parametrize("text,date,organ,want", CASES)
def test_delay_of_a_that_clause_in_a_report_topic(text, date, organ, want):
    assert reports(resolution(text, date=date, organ=organ), "to", "session", "due", "within") == want


@pytest.mark.parametrize(
    "scope",
    [
        "Requests the Secretary-General to report on that " + "is , " * 20000 + "within five years",
        # a run of delays after one that-clause: each judged by bisection, not by reading the clause again
        "Requests the Secretary-General to report on measures to ensure that it is done " + "in five years, " * 20000,
    ],
)
def test_a_long_that_clause_reads_in_linear_time(scope):
    import time

    from resgraph.extract import report_delays

    t = time.perf_counter()
    report_delays.delay(scope)
    assert time.perf_counter() - t < 2.0
