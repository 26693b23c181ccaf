"""A report named as "the requested report" refers to one asked before, as "the above-mentioned report" does: "Requests
the Secretary-General to allocate the resources necessary to prepare the requested report" (A/HRC/RES/55/32 op 15,
heldout34 27: the Commission's report op 14 asks) was read as a new written report of the Secretary-General to the
Council. Not a report requested by a verb ("requests a report by", "to submit a report")."""

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
]


@pytest.mark.parametrize("text,expected", CASES)
def test_requested_report_is_a_reference(text, expected):
    r = resolution(text, date="2024-04-05", organ="HRC")
    assert reports(r, "op", "by", "to", "session") == expected
