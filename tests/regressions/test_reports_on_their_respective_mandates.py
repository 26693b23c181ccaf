"""Second held-out gold (S/RES/1464 (2003) op 10; the same words in S/RES/1498 (2003)): "Requests
ECOWAS, through the command of its force, and France to report to the Council periodically, through
the Secretary-General, on all aspects of the implementation of their respective mandates" gave one
report, by ECOWAS: each addressee reporting on its own mandate makes a report of its own, as
"respectively" says (report_reporters.respective). And "Requests the Secretary-General through his
Special Representative to continue to report" (S/RES/1561 (2004) op 4) is the Secretary-General's
report, through the Special Representative."""

import pytest

from tests.snippets import reports, resolution

CASES = [
    (
        "10. Requests ECOWAS, through the command of its force, and France to report to the Council periodically, "
        "through the Secretary-General, on all aspects of the implementation of their respective mandates;",
        [(10, "ECOWAS", "SecretaryGeneral"), (10, "state:FRA", "SecretaryGeneral")],
    ),
    (  # on a mandate they share, one report each too (one item per reporter: test_reporters_asked_together.py)
        "11. Requests ECOWAS and France to report to the Council, through the Secretary-General, on the "
        "implementation of this resolution;",
        [(11, "ECOWAS", "SecretaryGeneral"), (11, "state:FRA", "SecretaryGeneral")],
    ),
    (  # S/RES/1561 (2004) op 4: the one reported through is no reporter
        "4. Requests the Secretary-General through his Special Representative to continue to report periodically "
        "to the Council on UNMIL’s progress;",
        [(4, "SecretaryGeneral", "SpecialRepresentatives")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_reports_on_their_respective_mandates(text, expected):
    r = resolution(text, date="2003-02-04", preamble="Recalling its resolution 1464 (2003),")
    assert reports(r, "op", "by", "through") == expected
