"""Two times of one authorization in one clause, the verb said once (heldout33 02, S/RES/2687 (2023) op 19: "Authorises
the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until 30 September 2023, and
14,626 personnel to ATMIS from 1 October 2023 to 31 December 2023"): the second strength, with its own span, was lost
beside the first end. The gold reads two terms of AMISOM, each with its end, as heldout23 03 ops 2-3 read the two phases
set in two paragraphs. Not a clause of its own after "and", nor a span with no new strength, nor a number of something
other than personnel ("and 90 days from ... to ...", review51 finding 3)."""

import pytest

from tests.snippets import resolution, terms

ATMIS = (
    "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until "
    "30 September 2023, and 14,626 personnel to ATMIS from 1 October 2023 to 31 December 2023, and affirms its "
    "readiness to review these figures in light of the proposal requested in paragraph 41 to this resolution;"
)

CASES = [
    (ATMIS, [(19, "authorizes", "AMISOM", "2023-09-30"), (19, "authorizes", "AMISOM", "2023-12-31")]),
    # one span: one term (S/RES/2741 (2024) op 3)
    (
        "3. Authorises the Member States of the African Union to deploy up to 12,626 uniformed personnel, inclusive of "
        "1,040 police personnel, to ATMIS from 1 July 2024 until 12 August 2024;",
        [(3, "authorizes", "AMISOM", "2024-08-12")],
    ),
    # not taken: what follows "and" is a clause of its own, no new strength
    (
        "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until "
        "30 September 2023, and requests the African Union to report on the deployment from 1 October 2023 to "
        "31 December 2023;",
        [(19, "authorizes", "AMISOM", "2023-09-30")],
    ),
    # not taken: a number of something other than personnel, troops or police (review51 finding 3)
    (
        "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until "
        "30 September 2023, and 90 days from 1 October 2023 to 31 December 2023 for the drawdown;",
        [(19, "authorizes", "AMISOM", "2023-09-30")],
    ),
    (
        "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until "
        "30 September 2023, and 2 aircraft of the European Union naval force from 1 October 2023 to 31 December 2023;",
        [(19, "authorizes", "AMISOM", "2023-09-30")],
    ),
    # a strength with its kinds: taken
    (
        "19. Authorises the Member States of the African Union to deploy up to 17,626 uniformed personnel to ATMIS until "
        "30 September 2023, and up to 14,626 uniformed and police personnel to ATMIS from 1 October 2023 to "
        "31 December 2023;",
        [(19, "authorizes", "AMISOM", "2023-09-30"), (19, "authorizes", "AMISOM", "2023-12-31")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_second_time_of_one_authorization(text, expected):
    r = resolution(text, date="2023-06-27", symbol="S/RES/2687 (2023)")
    assert terms(r, "op", "action", "of", "until") == expected
