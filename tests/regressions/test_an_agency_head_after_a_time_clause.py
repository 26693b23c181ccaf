"""A "that" clause whose subject, an agency's head by title, follows a time clause set off by commas, read as no one:
"Requests that, as soon as the IAEA has verified that Iran has taken the actions specified in paragraphs 15.1-15.11 of
Annex V of the JCPOA, the Director General of the IAEA submit a report" (S/RES/2231 (2015) ops 5, 6). Only a chair,
president, head or coordinator opened the subject as an officer "of" a body after the aside's comma
(that_opening.OFFICER_FIRST); a Director General, Executive Director or Executive Secretary does too
(mandates.yaml officers_first): the agency, as "Requests the Director General of the IAEA to" already reads.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "5. Requests that, as soon as the IAEA has verified that Iran has taken the actions specified in paragraphs "
        "15.1-15.11 of Annex V of the JCPOA, the Director General of the IAEA submit a report confirming this fact to "
        "the IAEA Board of Governors and in parallel to the Security Council;",
        [("requests", {"IAEA"})],
    ),
    (
        "6. Requests further that, as soon as the IAEA has reached the Broader Conclusion that all nuclear material in "
        "Iran remains in peaceful activities, the Director General of the IAEA submit a report confirming this "
        "conclusion to the IAEA Board of Governors and in parallel to the Security Council;",
        [("requests", {"IAEA"})],
    ),
    (  # the chair, as before
        "22. Requests that, after a Committee discussion of this report, the chair of the Committee brief the Security "
        "Council;",
        [("requests", {"SanctionsCommittee"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_an_agency_head_after_a_time_clause(text, expected):
    r = resolution(text, date="2015-07-20", organ="SC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
