"""A report named as "the requested report" refers to one asked before, as "the above-mentioned report" does: "Requests
the Secretary-General to allocate the resources necessary to prepare the requested report" (A/HRC/RES/55/32 op 15,
heldout34 27: the Commission's report op 14 asks) was read as a new written report of the Secretary-General to the
Council. Not a report requested by a verb ("requests a report by", "to submit a report"), nor the requested report
asked again with a receiver or a time of its own ("to submit the requested report to the Council no later than 30 June
2011": due, as "the said report ... by")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "14. Requests the Independent International Commission of Inquiry on the Occupied Palestinian Territory, "
        "including East Jerusalem, and Israel to prepare a report on the identities of settlers, and to present the "
        "report to the Human Rights Council at its fifty-ninth session;\n\n"
        "15. Requests the Secretary-General to allocate the resources necessary to prepare the requested report;",
        [(14, "CommissionsOfInquiry", "HumanRightsCouncil", 59)],
    ),
    (  # must not take: a report the paragraph itself requests
        "15. Requests the Secretary-General to submit a report on the resources requested to the Human Rights Council "
        "at its fifty-eighth session;",
        [(15, "SecretaryGeneral", "HumanRightsCouncil", 58)],
    ),
    (  # must not take: the requested report asked again, with a receiver and a time (review52-A 5, as "the said report")
        "16. Reiterates its request to the Secretary-General to submit the requested report to the Human Rights "
        "Council at its fifty-eighth session;",
        [(16, "SecretaryGeneral", "HumanRightsCouncil", 58)],
    ),
]

DUE = [
    (
        "1. Reiterates its request to the Secretary-General to submit the requested report to the Council no later "
        "than 30 June 2011;",
        [(1, "SecretaryGeneral", "SecurityCouncil", "2011-06-30", None, "written")],
    ),
    (
        "2. Urges the Government of the Sudan to submit the requested report to the Committee by 31 March 2011;",
        [(2, "state:SDN", "SanctionsCommittee", "2011-03-31", None, "written")],
    ),
    (
        "3. Requests the Secretary-General to provide the requested briefing to the Council every three months;",
        [(3, "SecretaryGeneral", "SecurityCouncil", None, "P3M", "oral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_requested_report_is_a_reference(text, expected):
    r = resolution(text, date="2024-04-05", organ="HRC")
    assert reports(r, "op", "by", "to", "session") == expected


@pytest.mark.parametrize("text,expected", DUE)
def test_requested_report_asked_again_with_its_own_time(text, expected):
    r = resolution(text, date="2010-12-22")
    assert reports(r, "op", "by", "to", "due", "every", "form") == expected
