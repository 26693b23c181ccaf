"""An aside or a linking phrase between "requests" and its "that": "and requests, instead, that the report be
submitted to the Council at its sixty-first session" (A/HRC/RES/58/2 op 45, the heldout14 gold; A/HRC/RES/58/28 op 13),
"Requests, consistent with the provisions of Article 16 of the Rome Statute, that the ICC ..." (S/RES/1422 (2002) op 1,
1487 (2003) op 1), "requests in the meantime that the Secretary-General ensure" (S/RES/2093 (2013) op 21, the heldout16
gold) read the aside as the verb's window and named no one. The clause starts at the "that" after the aside, as after
"decides" and "demands" (mandate_clause.ASIDE_VERBS), and "in the meantime" is a linking phrase (verbs.yaml `links`)."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "21. Welcomes the establishment of the new United Nations Mission, which will operate alongside AMISOM, "
        "requests in the meantime that the Secretary-General ensure that all activities of the United Nations Country "
        "Team are fully coordinated with the new United Nations Mission;",
        ("SC", [("requests", ("SecretaryGeneral",))]),
    ),
    (
        "45. Reiterates its request to the Commission of Inquiry to report on the transfer or sale of arms, and "
        "requests, instead, that the report be submitted to the Council at its sixty-first session;",
        ("HRC", [("requests", ("CommissionsOfInquiry",)), ("requests", ("CommissionsOfInquiry",))]),
    ),
    (
        "3. Requests, in this regard, that the Secretary-General submit a report on the matter;",
        ("SC", [("requests", ("SecretaryGeneral",))]),
    ),
    # an aside before an object, not a "that": read as before
    (
        "4. Requests, in this regard, the Secretary-General to submit a report on the matter;",
        ("SC", [("requests", ("SecretaryGeneral",))]),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_aside_before_a_requests_that(text, expected):
    organ, facts = expected
    r = resolution(text, date="2024-10-09", organ=organ)
    assert mandates(r, "verb", "addressees") == facts
