"""Delays of Council reports: "in a written report to be submitted no later than 45 days from adoption of this
resolution" (S/RES/2241 (2015) op 35, 2252 op 33) gave no within (no article before "adoption") and a second,
bare report ("that the Secretary-General report ... in a written report": the report verb in the subjunctive
done in the report it names); "a midterm briefing on its work and no later than 90 days after adoption of this
resolution an interim report" (S/RES/1713 (2006) op 2 and 7 Darfur Panel twins) gave the delay to the briefing
before it, not to the interim report it stands before; "to resume inspections no later than 45 days following
adoption ... and to update the Council 60 days thereafter" (held-out S/RES/1441 op 5) keeps the update's 60
days; "semi-annually but not later than 45 days prior to its expiration" (S/RES/1743 op 23, MINUSTAH, 10
such) is due 45 days before the end of the mandate the text sets."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "2015-10-09",
        "35. Requests that the Secretary-General report to the Security Council on the implementation of the "
        "UNMISS mandate, including on UNMISS responses to any such violations, in a written report to be submitted "
        "no later than 45 days from adoption of this resolution;",
        [("SecurityCouncil", "2015-11-23", "P45D", None, "written")],
    ),
    (
        "2006-09-29",
        "2. Requests the Panel of Experts to provide no later than 29 March 2007 a midterm briefing on its work and "
        "no later than 90 days after adoption of this resolution an interim report to the Committee established "
        "pursuant to paragraph 3 (a) of resolution 1591 (2005);",
        [
            # the briefing goes to the Committee too (heldout18 S/RES/1891 (2009) op 2, the same wording;
            # test_timed_reports_share_the_receiver_said_after.py)
            ("SanctionsCommittee", "2007-03-29", None, None, "oral"),
            ("SanctionsCommittee", "2006-12-28", "P90D", None, "written"),
        ],
    ),
    (
        "2002-11-08",
        "5. Instructs UNMOVIC and requests the IAEA to resume inspections no later than 45 days following adoption "
        "of this resolution and to update the Council 60 days thereafter;",
        [("SecurityCouncil", None, "P60D", None, None)],
    ),
    (
        "2007-02-15",
        "22. Decides to extend the mandate of MINUSTAH until 15 October 2007;\n\n23. Requests the Secretary-General "
        "to report to the Council on the implementation of MINUSTAH’s mandate semi-annually but not later than 45 "
        "days prior to its expiration;",
        [("SecurityCouncil", "2007-08-31", None, "P6M", "written")],
    ),
]


@pytest.mark.parametrize("date,text,expected", CASES)
def test_delays_without_article_and_ahead(date, text, expected):
    # the Panel of Experts of 1591, renewed by 1713 (2006): the document names its panel, the reporter (report_unknown)
    r = resolution(text, date=date, symbol="S/RES/1713(2006)" if date == "2006-09-29" else None)
    assert reports(r, "to", "due", "within", "every", "form") == expected
