"""Two committees asked to update the Council "on their respective efforts" gave one report: "Requests the Committee
established pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) and the Counter-Terrorism Committee to
update the Security Council on their respective efforts pursuant to this resolution, as appropriate" (S/RES/2396 (2017)
op 46, heldout38 20: two items by=SanctionsCommittee to=SecurityCouncil, one per reporter; the same words in 2178
(2014) op 26). report_reporters.OWN_MANDATES, which made "on ... their respective mandates" one report per reporter,
takes "their respective efforts" and "their respective activities" too. Not taken: "within their respective mandates"
(no "on": how they act, not what they report on), nor the efforts said without "respective"."""

import pytest

from tests.snippets import reports, resolution

COMMITTEES = (
    "Requests the Committee established pursuant to resolutions 1267 (1999), 1989 (2011) and 2253 (2015) and the"
    " Counter-Terrorism Committee to update the Security Council on "
)
CASES = [
    (
        COMMITTEES + "their respective efforts pursuant to this resolution, as appropriate;",
        [("SanctionsCommittee", "SecurityCouncil"), ("SanctionsCommittee", "SecurityCouncil")],
    ),
    (
        COMMITTEES + "their respective activities pursuant to this resolution;",
        [("SanctionsCommittee", "SecurityCouncil"), ("SanctionsCommittee", "SecurityCouncil")],
    ),
    # near misses: no "respective"; "within their respective mandates"
    (COMMITTEES + "their efforts pursuant to this resolution;", [("SanctionsCommittee", "SecurityCouncil")]),
    (
        "Requests the Committee established pursuant to resolution 1267 (1999) and the Counter-Terrorism Committee,"
        " within their respective mandates, to update the Security Council on the implementation of this resolution;",
        [("SanctionsCommittee", "SecurityCouncil")],
    ),
    # review56-C 9: the new words with no "on" before them
    (
        "Requests the Committee established pursuant to resolution 1267 (1999) and the Counter-Terrorism Committee, in"
        " the course of their respective activities, to update the Security Council on the implementation of this"
        " resolution;",
        [("SanctionsCommittee", "SecurityCouncil")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_update_on_their_respective_efforts(text, expected):
    r = resolution("1. " + text, date="2017-12-21", organ="SC")
    assert reports(r, "by", "to") == expected
