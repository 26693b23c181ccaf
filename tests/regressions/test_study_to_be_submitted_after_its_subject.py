"""A study handed on by a participle said after what it is on: "to conduct a global analytical study on the
implementation of a human-rights based approach into the goals and targets of the Kunming-Montreal Global Biodiversity
Framework, in line with ..., consistent with ... and taking into consideration ..., to be submitted to the Council at
its sixty-first session" (A/HRC/RES/57/28 op 3). A study is a report only where handed to someone
(report_handed.py); "to be submitted to" was read only right after the noun. Not past another request of the clause
(", and to convene ..., to be submitted to": that one's)."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "3. Requests the United Nations High Commissioner for Human Rights, in consultation with States, to conduct a "
        "global analytical study on the implementation of a human-rights based approach into the goals and targets of "
        "the Kunming-Montreal Global Biodiversity Framework, in line with the provisions of the Convention, consistent "
        "with the considerations set out in section C of the Framework, to be submitted to the Council at its "
        "sixty-first session, and also requests that the High Commissioner make the report available in accessible "
        "formats;",
        [(3, "HighCommissionerHumanRights", "HumanRightsCouncil", 61)],
    ),
    (  # a study not handed on is no report
        "4. Requests the Office of the High Commissioner to conduct a study on the impact of the use of technologies, "
        "and to convene an expert workshop, its summary to be published online;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_study_to_be_submitted_later_in_the_clause(text, expected):
    r = resolution(text, date="2024-10-11", organ="HRC")
    assert reports(r, "op", "by", "to", "session") == expected
