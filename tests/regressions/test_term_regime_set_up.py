"""A regime the Council sets up is established: "and accordingly decides to set up an enhanced
inspection regime with the aim of bringing to full and verified completion the disarmament process"
(S/RES/1441 (2002) op 2, fourth held-out gold) set no term, for "regime" was not among the bodies
"establish" and "set up" take. A regime someone is called upon to set up is no term of the Council."""

import pytest

from tests.snippets import resolution, terms

CASES = [
    (
        "2. Decides, while acknowledging paragraph 1 above, to afford Iraq a final opportunity to comply with its "
        "disarmament obligations; and accordingly decides to set up an enhanced inspection regime with the aim of "
        "bringing to full and verified completion the disarmament process established by resolution 687 (1991);",
        [(2, "establishes", "enhanced inspection regime")],
    ),
    (
        "15. Calls upon the Government of Liberia to establish an effective Certificate of Origin regime for trade "
        "in rough diamonds;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_regime(text, expected):
    r = resolution(text, date="2002-11-08")
    assert terms(r, "op", "action", "of") == expected
