"""A body extended by its kind and the resolution that set it up is the body the vocabulary says that resolution
established: "Extends the special political mission set out in resolution 1547 for an additional 90 days to 10
December 2004" (S/RES/1556 (2004) op 15, a text on Darfur that names UNAMIS nowhere, so that no mission is the
document's) had no term; bodies.yaml gives UNAMIS `established: S/RES/1547(2004)`. A kind with no acronym, no
resolution and no mission of the document stays no term."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "15. Extends the special political mission set out in resolution 1547 for an additional 90 days to 10 "
        "December 2004 and requests the Secretary-General to incorporate into the mission contingency planning for "
        "the Darfur region;",
        "2004-07-30",
        [(15, "extends", "UNAMIS", "2004-12-10", "P90D")],
    ),
    (
        "1. Decides to extend for a period of 12 months, in accordance with paragraphs 2 to 7 below, the "
        "multidimensional presence in Chad and military presence in the Central African Republic;",
        "2009-01-14",
        [],
    ),
]


@pytest.mark.parametrize("text,adopted,expected", CASES)
def test_body_of_a_kind_set_up_by_a_resolution(text, adopted, expected):
    r = resolution(text, date=adopted)
    assert terms(r, "op", "action", "of", "until", "period") == expected
