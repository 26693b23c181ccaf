"""A "that" clause's subject whose name is joined by a hyphen to another word that "of", "for" or "on" follows ("the
Chair-Rapporteur of the Ad Hoc Committee") goes on into that phrase: the subject is not cut at the alias inside the
compound title ("the Chair", contextual), but reads the body the title names (subjects.SUBJECT_GOES_ON).

- "Decides that the Chair-Rapporteur of the Ad Hoc Committee may request that the annual session of the Ad Hoc
  Committee be split into two one-week segments" (A/HRC/RES/57/25 op 10, A/RES/79/161 op 9, 80/193 op 11): the Ad
  Hoc Committee, who shall act; was the deciding organ, the subject cut at "the Chair".
- The near misses: "the Chair-Rapporteur" with no "of" after it ends the subject at the title, the Chair of the
  working group named before, as "the Chair" alone does.
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "10. Decides that the Chair-Rapporteur of the Ad Hoc Committee may request that the annual session of the Ad Hoc "
        "Committee be split into two one-week segments;",
        [("decides", {"AdHocCommittee"})],
    ),
    (  # the officer asked, as before
        "12. Requests the Chair-Rapporteur of the Ad Hoc Committee to present a progress report to the General Assembly;",
        [("requests", {"AdHocCommittee"})],
    ),
    (  # near miss: the title alone is the Chair of the working group named before, as "the Chair" is
        "6. Welcomes the work of the open-ended working group, and decides that the Chair-Rapporteur may also hold "
        "intersessional consultative meetings with interested parties;",
        [("decides", {"ExpertGroup"})],
    ),
    (  # near miss: "the Chair" alone, as before
        "6. Welcomes the work of the open-ended working group, and decides that the Chair may also hold intersessional "
        "consultative meetings with interested parties;",
        [("decides", {"ExpertGroup"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_a_hyphenated_title_of_a_body_named_after_it(text, expected):
    r = resolution(text, date="2024-10-10", organ="HRC")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
