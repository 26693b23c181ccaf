"""A report noun with no article joined by "and" or "or" to reports the clause refers to is one of those reports, and
reporting "in relevant reports" or "in mandated reporting" is a part of reports asked for elsewhere (as "include in
his next report" is, tests/mandate_gold/README.md "What counts"): S/RES/2730 (2024) op 16 (c) "Continue to provide,
as part of his regular reporting on country-specific situations and other relevant reports ..., information"
(heldout16), S/RES/1960 (2010) op 6 "and regularly update the Council in relevant reports and briefings" (heldout16),
S/RES/2592 (2021) op 15 and S/RES/2540 (2020) op 13 "requests the Secretary-General to provide an update in mandated
reporting as appropriate" (heldout15), S/RES/2535 (2020) op 24 and S/RES/2475 (2019) op 9 "in thematic and
geographic reports and regular briefings to the Council". A report asked beside such a reference still counts."""

import pytest

from tests.growth import LINEAR, growth
from tests.snippets import reports, resolution

CASES = [
    (
        "16. Requests the Secretary-General to: (a) Continue to provide, as part of his regular reporting on "
        "country-specific situations and other relevant reports which address the protection of civilians, "
        "information on the issue of the safety and security of humanitarian personnel; (b) Report swiftly to the "
        "Council when widespread issues regarding the safety and security of humanitarian personnel occur;",
        [(16, "SecretaryGeneral", "SecurityCouncil", "written")],
    ),
    (
        "6. Requests the Secretary-General to track and monitor implementation of these commitments by parties to "
        "armed conflict on the Security Council’s agenda, and regularly update the Council in relevant reports and "
        "briefings;",
        [],
    ),
    (
        "15. Requests the United Nations, the FGS and FMS to consider the adverse implications of climate change in "
        "their programmes in Somalia, and requests the Secretary-General to provide an update in mandated reporting "
        "as appropriate;",
        [],
    ),
    (
        "24. Requests the Secretary-General to include information and related recommendations on issues of "
        "relevance to young people, in thematic and geographic reports and regular briefings to the Council, as well "
        "as to include pertinent disaggregated data related to youth within existing mandates;",
        [(24, "SecretaryGeneral", "SecurityCouncil", "written")],  # the reports "in thematic ... reports": not here
    ),
    (  # briefings asked by a verb of their own after the reference stay one
        "6. Requests the Secretary-General to report on these commitments in his regular reports and briefings, and "
        "requests him to provide briefings to the Council by 30 June 2011;",
        [(6, "SecretaryGeneral", "SecurityCouncil", "oral")],
    ),
    (  # reports and briefings asked with no reference before them stay two
        "6. Requests the Secretary-General to submit reports and briefings to the Council every 90 days;",
        [(6, "SecretaryGeneral", "SecurityCouncil", "written"), (6, "SecretaryGeneral", "SecurityCouncil", "oral")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_report_joined_to_reports_referred_to(text, expected):
    r = resolution(text, date="2010-12-16")
    assert reports(r, "op", "by", "to", "form") == expected


def test_joined_reference_linear_in_report_nouns():
    """Each report noun reads at most 200 characters back: a clause of many "in his reports and briefings" grows
    linearly."""

    def make(n: int) -> str:
        return (
            "6. Requests the Secretary-General to update the Council "
            + "in his regular reports and briefings and other relevant reports, " * n
            + "and to report;"
        )

    assert growth(make, lambda t: resolution(t, date="2010-12-16"), 20) < LINEAR
