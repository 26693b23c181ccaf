"""A/RES/74/92 op 113: "Requests the Secretary-General to report ... on the implementation of all recommendations and
requests contained in the present resolution, and requests the Department of Global Communications to provide a
briefing": "requests contained in" is a noun, but it was read as a third directive verb with no addressee (also 75/101
op 132, 76/84 op 142, 77/128 op 156, 78/80 op 158, 79/93 op 164, 80/84 op 162, the yearly texts on information). Now
"contained" is among the words after which the form is a noun whatever follows (verbs.yaml requests `noun_before`, as
"requests submitted by Member States")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "113. Requests the Secretary-General to report to the Committee on Information at its forty-second session on "
        "the implementation of all recommendations and requests contained in the present resolution, and requests the "
        "Department of Global Communications to provide a briefing in this regard;",
        [("requests", ("SecretaryGeneral",)), ("requests", ("DGC",))],
    ),
    (
        "5. Requests the Secretary-General to submit a report on the implementation of the present resolution;",
        [("requests", ("SecretaryGeneral",))],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_requests_contained_noun(text, expected):
    r = resolution(text, date="2019-12-13", organ="GA")
    assert mandates(r, "verb", "addressees") == expected
