"""A review asked with what it is to hold listed after "including:" holds those items, no reports of their own
(audit46 class 3). S/RES/2463 (2019) op 45 "to conduct and provide the Security Council, no later than 20 October
2019, with an independent strategic review of MONUSCO ..., including: (i) An assessment ... of the continued
relevance of all mandated tasks" gave the assessment as a second report; S/RES/2542 (2020) op 5 "provide the
Security Council, no later than 31 July 2021, with an independent strategic review of UNSMIL, including: (i) an
assessment and recommendations ..." likewise. One report, the review, due on its date."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "45. Requests in this regard, the Secretary-General, in accordance with best practices, to conduct and provide "
        "the Security Council, no later than 20 October 2019, with an independent strategic review of MONUSCO "
        "assessing the continued challenges to peace and security in the DRC and articulating a phased, progressive "
        "and comprehensive exit strategy, including:\n"
        "(i) An assessment, in consultation with the Government of DRC, UN agencies, member States, regional "
        "organisations and independent experts of the continued relevance of all mandated tasks, priorities and "
        "related resources;\n"
        "(ii) Recommendations, devised in consultation with the Government of DRC, for realistic, relevant and "
        "clearly measurable benchmarks and indicators;\n"
        "(iii) Options for adapting MONUSCO's future configuration of its civilian, police and military components;",
        [(45, "SecretaryGeneral", "2019-10-20")],
    ),
    (
        "5. Requests that the Secretary-General, in accordance with best practices, conduct and provide the Security "
        "Council, no later than 31 July 2021, with an independent strategic review of UNSMIL, including:\n"
        "(i) an assessment and recommendations for improving the efficiency of UNSMIL's overall mission structure, "
        "prioritisation of tasks and the capacity and effectiveness of staffing;\n"
        "(ii) further assessment of the options for effective ceasefire monitoring under the auspices of the UN "
        "including additional recommendations as necessary;",
        [(5, "SecretaryGeneral", "2021-07-31")],
    ),
    (
        # a listed item with a time of its own is still a report
        "7. Requests the Secretary-General to provide the Council with a review of the mission by 1 March 2022, including:\n"
        "(a) an assessment of the security situation, to be provided to the Council by 1 December 2021;\n"
        "(b) options for the mission's future configuration;",
        [(7, "SecretaryGeneral", "2022-03-01"), (7, "SecretaryGeneral", "2021-12-01")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_strategic_review_contents_listed(text, expected):
    r = resolution(text, date="2019-03-29")
    assert reports(r, "op", "by", "due") == expected
