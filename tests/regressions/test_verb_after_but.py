"""A directive verb after "but" in a paragraph's middle was read as no verb: "Notes the limited steps taken by the
Turkish Cypriot side to ease some of the restrictions ..., but urges the Turkish Cypriot side and the Turkish forces
to rescind all remaining restrictions on UNFICYP" (S/RES/1486 (2003) op 4); "Recognises that the current security
situation in Libya requires a reduction in the Mission's size, but requests the Secretary-General to maintain the
necessary flexibility" (S/RES/2213 (2015) op 10). "but" joins the organ's next verb as "and" does; a noun after it
stays a noun ("but requests for assistance")."""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "10. Recognises that the current security situation in Libya requires a reduction in the Mission’s size, but "
        "requests the Secretary-General to maintain the necessary flexibility and mobility to adjust UNSMIL staffing;",
        [(10, "requests", ("SecretaryGeneral",))],
    ),
    (
        "4. Notes the limited steps taken by the Turkish Cypriot side to ease some of the restrictions on the operation "
        "of UNFICYP, but urges all parties to rescind all remaining restrictions on UNFICYP;",
        [(4, "urges", ("PartiesToConflict",))],
    ),
    (
        "5. Notes that the Committee has received a number of requests, but requests for assistance remain few;",
        [],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_verb_after_but(text, expected):
    r = resolution(text, date="2015-03-27", organ="SC")
    assert mandates(r, "op", "verb", "addressees") == expected
