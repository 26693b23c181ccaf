"""A report asked as the object of "requests", with its own time, where neither the clause nor the paragraph names
who makes it: "(d) recalls its request in paragraph 53, and requests a further report by 30 April 2023" (S/RES/2670
(2022) op 1), "and requests a detailed update on the streamlining of the civilian component by 15 September 2014"
(S/RES/2173 (2014) op 5), "requests an additional update to the Security Council ... by 8 December 2017" (S/RES/2381
(2017) op 4). The report was dropped for want of a reporter; it is asked all the same (as the golds count "requests
also a final report"). Its reporter is the one the organ has its reports made by (organs.yaml `reporter`: the
Secretary-General for the Council), the SHACL shapes wanting one (stop 27). Without a time of its own it stays none
("requests continued swift and full implementation of the review")."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Reaffirms its decisions in resolution 2628 (2022) except as follows:\n\n(a) recalls paragraph 28;\n\n"
        "(d) recalls its request in paragraph 53, and requests a further report by 30 April 2023, and that this report "
        "includes a sector-by-sector assessment of security and ATMIS performance;",
        [(1, "SecretaryGeneral", "SecurityCouncil", "2023-04-30")],
    ),
    (
        "4. Welcomes the Secretary-General’s proposal, and requests an additional update to the Security Council on "
        "the implementation of the tasks mandated by this resolution by 8 December 2017.",
        [(4, "SecretaryGeneral", "SecurityCouncil", "2017-12-08")],
    ),
    ("5. Welcomes the steps taken so far, and requests a detailed review of the civilian component;", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_report_of_no_one_named(text, want):
    r = resolution(text, date="2017-09-13")
    assert reports(r, "op", "by", "to", "due") == want
