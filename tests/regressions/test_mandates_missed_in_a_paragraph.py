"""Mandates missed entirely, or an addressee lost after the first (issue 12, the heldout4 gold).

- "and in this regard reiterates its request to UNODC to continue its quarterly update" (S/RES/2743
  (2024) op 19; 51 paragraphs of corpus-full renew a call or request after a linking phrase): the
  linking phrase may stand before a renewed mandate as before a verb.
- "Underlines the necessity of ... and thereby calls on:" (S/RES/2520 (2020) op 6, S/RES/2472 (2019)).
- "and asks the Special Representative of the Secretary-General to report any failure" (S/RES/1493
  (2003) op 15; "Asks the Group of Experts to assess", S/RES/2101 (2013) and others): "asks" requests.
- "and reiterates the request addressed to all the parties, in Security Council resolution 1460 (2003)
  to provide" (S/RES/1493 (2003) op 13): "addressed to" leads to the addressee as "made to" does.
- "calls upon AMISOM to undertake, and upon the AU to ensure, regular monitoring" (S/RES/2520 (2020)
  op 17): the verb's preposition said again before a second addressee.
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Requests BINUH to work with UNODC, and further commends the quarterly report of UNODC to the Security "
        "Council, and in this regard reiterates its request to UNODC to continue its quarterly update;",
        [("requests", {"BINUH"}), ("requests", {"UNODC"})],
    ),
    (
        "Welcomes the steps taken, in this regard, reiterates its call upon all parties to cease hostilities;",
        [("calls-upon", {"PartiesToConflict"})],
    ),
    (
        "Underlines the necessity of taking a coordinated approach and thereby calls on the FGS to drive forward "
        "strategic coordination;",
        [("calls-upon", {"state:SOM"})],
    ),
    (
        "Demands that all the parties desist from any interference, and asks the Special Representative of the "
        "Secretary-General to report any failure to comply with this obligation;",
        [("demands", {"PartiesToConflict"}), ("requests", {"SpecialRepresentatives"})],
    ),
    (
        "Strongly condemns the continued recruitment of children, and reiterates the request addressed to all the "
        "parties, in Security Council resolution 1460 (2003) to provide the Special Representative with information;",
        [("requests", {"PartiesToConflict"})],
    ),
    (
        "Underlines the importance of the mandate, calls upon AMISOM to undertake, and upon the AU to ensure, "
        "regular monitoring and prompt investigations;",
        [("calls-upon", {"AMISOM", "AfricanUnion"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_mandates_missed_in_a_paragraph(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
