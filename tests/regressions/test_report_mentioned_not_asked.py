"""Report words that ask for no report were read as reports due of the speaking organ to itself, which
report_unknown then left with no reporter (corpus-full: 13 SHACL violations, "report without by"):
a title in quotation marks, a report named by its kind after "the", "all" or "any", a participle that
says to whom someone answers (heldout9 06 op 20: no report), a report the organ itself would make, and
a report a condition waits for. A report asked among the tasks of a body the paragraph sets up, the
organ read as its own receiver, is the body's (the working group, the fact-finding mission, UNSMIL).
The reports asked beside them are kept ("to submit the supplementary report to the Council",
"requests further that the military component report directly to the Special Representative")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (  # A/RES/77/278 op 65: an agenda item's title
        "GA",
        "65. Takes note of paragraphs 25, 27 and 30 of the report of the Advisory Committee, and decides to include "
        "in the agenda of the seventy-eighth session an item entitled “Report on the activities of the Ethics "
        "Office”;",
        [],
    ),
    (  # A/RES/78/233 op 40: the topic's title; the report asked after it is the Secretary-General's
        "GA",
        "40. Decides to include the topic “Report on the work of the Technology Bank for the Least Developed "
        "Countries” under the sub-item entitled “Follow-up to the Fifth United Nations Conference on the Least "
        "Developed Countries” at its seventy-ninth session, and requests the Secretary-General to submit a report "
        "for its consideration;",
        [(40, "SecretaryGeneral", "GeneralAssembly")],
    ),
    (  # A/RES/80/244 op 1: a report named by its kind, in a cited resolution's title
        "GA",
        "1. Decides that the appropriations shall be financed in accordance with paragraph 3 of section XIV of "
        "resolution 80/243 of 30 December 2025 on the financial performance report on the programme budget for "
        "2024;",
        [],
    ),
    (  # A/HRC/RES/56/5 op 1 (d): all reporting under a treaty
        "HRC",
        "1. Decides that the working group shall consider a provision that would allow for States parties to the "
        "Convention to incorporate all reporting on their obligations under the optional protocol into their "
        "reports submitted under article 44 of the Convention;",
        [],
    ),
    (  # S/RES/1483 (2003) op 20 (heldout9 06): to whom the accountants answer
        "SC",
        "20. Decides that all export sales of petroleum from Iraq shall be made consistent with prevailing "
        "international market best practices, to be audited by independent public accountants reporting to the "
        "International Advisory and Monitoring Board referred to in paragraph 12 above in order to ensure "
        "transparency;",
        [],
    ),
    (  # S/RES/2319 (2016) op 1: the Council updates the mandate, no report
        "SC",
        "1. Decides to renew the mandate of the Joint Investigative Mechanism for a further period of one year "
        "from the date of adoption of this resolution, with a possibility of further extension and update by the "
        "Security Council if it deems necessary;",
        [],
    ),
    (  # S/RES/2094 (2013) op 21: the Council as the subject of "update"
        "SC",
        "21. Decides that, if the Committee has not acted to update this information by then, the Security "
        "Council will complete action to update within an additional thirty days;",
        [],
    ),
    (  # S/RES/2304 (2016) op 17: what a condition waits for
        "SC",
        "17. Decides that if in any of the reports pursuant to paragraph 16 above the Secretary-General reports "
        "political or operational impediments to operationalizing the Regional Protection Force, it shall "
        "consider appropriate measures;",
        [],
    ),
    (  # S/RES/1348 (2001) op 6: the report a delivery verb asks for stays
        "SC",
        "6. Requests the Chairman of the Committee established pursuant to resolution 864 (1993) to submit the "
        "supplementary report to the Council by 19 October 2001;",
        [(6, "SanctionsCommittee", "SecurityCouncil")],
    ),
    (  # S/RES/1977 (2011) op 3: a receiver after a condition, not a condition's subject
        "SC",
        "3. Decides that the 1540 Committee will conduct a comprehensive review, including, if necessary, "
        "recommendations on adjustments to the mandate, and will submit to the Security Council a report on the "
        "conclusions of those reviews;",
        [(3, "SanctionsCommittee", "SecurityCouncil")],
    ),
    (  # A/RES/74/303 op 3: the working group the paragraph sets up reports
        "GA",
        "3. Decides to establish, at its seventy-fifth session, an ad hoc working group on the revitalization of "
        "the work of the General Assembly, open to all Member States:\n\n(a) To identify further ways to enhance "
        "the role of the Assembly;\n\n(b) To submit a report thereon to the Assembly at its seventy-fifth session;",
        [(3, "ExpertGroup", "GeneralAssembly")],
    ),
    (  # S/RES/2542 (2020) op 1 (ix): a task of the mission whose mandate the paragraph extends ("monitor and report
        # abuses", the incidents reported with no receiver, is no report: report_within.py; "report on" is)
        "SC",
        "1. Decides to extend until 15 September 2021 the mandate of UNSMIL, as an integrated special political "
        "mission, to exercise mediation and through its good offices to:\n\n(i) support an inclusive political "
        "process;\n\n(ii) monitor and report on abuses and violations of human rights;",
        [(1, "UNSMIL", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_report_mentioned_not_asked(organ, text, expected):
    r = resolution(text, date="2020-09-15", organ=organ)
    assert reports(r, "op", "by", "to") == expected
