"""A reference inside an activity's object ("the trust fund referred to in paragraph 101 above") does not end
the object: "to in" is no infinitive, so the agent after it is read (issue 12, the agents of a nominal activity
are its addressees: "hereby authorizes the use of the trust fund referred to in paragraph 101 above by the
Secretary-General to reimburse the full costs of the premium", A/RES/75/239 op 106 and its yearly twins, asked no
one). An infinitive after the reference still ends the object ("efforts referred to in paragraph 3 above to
promote the work of the Committee": the Committee is not asked).
"""

import pytest

from tests.snippets import mandates, snippet

GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "

CASES = [
    (
        "Recalls its decision, and hereby authorizes the use of the trust fund referred to in paragraph 101 above by "
        "the Secretary-General to reimburse the full costs of the premium;",
        [("authorizes", {"SecretaryGeneral"})],
    ),
    (
        "Encourages the use of the guidelines referred to in paragraph 3 above by Member States;",
        [("encourages", {"MemberStates"})],
    ),
    (
        "Encourages efforts referred to in paragraph 3 above to promote the work of the Committee against Torture;",
        [("encourages", set())],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_referred_to_in_does_not_end_the_activity(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
