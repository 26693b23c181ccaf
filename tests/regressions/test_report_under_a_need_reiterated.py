"""A report under a need the Council reiterates is not asked for: "Urges troop- and police-contributing countries ...
to report to the United Nations fully and promptly on actions undertaken, reiterates the need for MINUSCA to continue
implementing the United Nations zero-tolerance policy ..., and to report to the Security Council if such cases of
misconduct occur" (S/RES/2709 (2023) op 46, heldout23 02; 2759 op 49, 2800 op 43): the contributors' report only
(tests/mandate_gold/README.md counts a report requested, invited or decided); the need's was read as a second
report of the contributors."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "46. Urges troop- and police-contributing countries to continue taking appropriate action to prevent sexual "
        "exploitation and abuse, and to report to the United Nations fully and promptly on actions undertaken, "
        "reiterates the need for MINUSCA to continue implementing the United Nations zero-tolerance policy on serious "
        "misconduct, and to report to the Security Council if such cases of misconduct occur;",
        [("TroopPoliceContributors", "UNSystemEntities")],
    ),
    # the same words under a request are a report
    (
        "42. Requests MINUSCA to continue implementing the United Nations zero-tolerance policy on serious misconduct, "
        "and to report to the Security Council if such cases of misconduct occur;",
        [("MINUSCA", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_under_a_need_reiterated(text, expected):
    assert reports(resolution(text, date="2023-11-15"), "by", "to") == expected
