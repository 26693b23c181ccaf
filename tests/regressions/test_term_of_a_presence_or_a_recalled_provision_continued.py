"""Extensions whose object names neither a mandate nor measures of a cited paragraph:

- a body extended by its kind (extract/term_kind.py): "Decides to extend for a period of 12 months, in
  accordance with paragraphs 2 to 7 below, the multidimensional presence in Chad and military presence in
  the Central African Republic" (S/RES/1861 (2009) op 1, MINURCAT: heldout8 04 op 1, missed blind); the
  document's mission, or the acronym named right after; a presence extended in space, with no time
  ("Requests UNMISS ... to extend its presence ... to areas of displacement", S/RES/2406 (2018) op 15 and
  its twins), is none;
- a provision of a paragraph the text opens by recalling, continued to a date: "Recalls paragraph 2 of
  resolution 2245 (2015) and decides to continue the provision outlined in subparagraphs (f) and (g) to cover
  up to 20,900 personnel ... until 15 August 2024" (S/RES/2741, 2747, 2748, 2767, 2809): no term was read.
"""

import pytest

from tests.snippets import resolution, terms

CHAD = (
    "1. Decides to extend for a period of 12 months, in accordance with paragraphs 2 to 7 below, the "
    "multidimensional presence in Chad and military presence in the Central African Republic intended to help "
    "create the security conditions conducive to a voluntary, secure and sustainable return of refugees;\n\n"
    "2. Decides that MINURCAT shall support the Chadian police;\n\n"
    "3. Requests MINURCAT to report;\n\n"
    "4. Calls upon all parties to cooperate with MINURCAT;"
)
UNMISS = (
    "15. Requests UNMISS to continue to intensify its presence and active patrolling in areas of high risk of "
    "conflict, to extend its presence, including through proactive deployment and patrolling, to areas of "
    "displacement, return, resettlement, and reintegration;\n\n"
    "16. Requests UNMISS to report;\n\n17. Calls upon all parties to cooperate with UNMISS;"
)
SOMALIA = [
    (
        "6. Recalls paragraph 2 of resolution 2245 (2015) and decides to continue the provision outlined in "
        "subparagraphs (f) and (g) to cover 18,900 personnel, rising to 20,900 personnel from 1 July 2024, from the "
        "Somali National Army or Somali National Police Force on joint or coordinated operations with ATMIS in full "
        "compliance with HRDDP, until 12 August 2024;",
        "2024-06-27",
        [(6, "extends", "S/RES/2245(2015)#2", "2024-08-12")],
    ),
    (
        "30. Recalls paragraph 2 of resolution 2245 (2015), decides to continue the provision outlined in "
        "subparagraphs (f) and (g) to cover up to 20,900 personnel from the Somali National Army or Somali National "
        "Police Force on joint or coordinated operations with AUSSOM until 31 December 2025 in full compliance with "
        "the HRDDP, and encourages traditional and new donors to support the UNSOS administered Trust Fund;",
        "2024-12-27",
        [(30, "extends", "S/RES/2245(2015)#2", "2025-12-31")],
    ),
]


def test_a_presence_extended_for_a_time_is_the_document_mission():
    r = resolution(CHAD, date="2009-01-14")
    assert terms(r, "op", "action", "of", "until", "period") == [(1, "extends", "MINURCAT", None, "P12M")]


def test_a_presence_extended_in_space_is_no_term():
    assert terms(resolution(UNMISS, date="2018-03-15"), "op", "action", "of") == []


@pytest.mark.parametrize("text,adopted,expected", SOMALIA)
def test_a_recalled_provision_continued(text, adopted, expected):
    assert terms(resolution(text, date=adopted), "op", "action", "of", "until") == expected
