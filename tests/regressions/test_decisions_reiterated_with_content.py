"""A decision reiterated in the plural with its content: "Reiterates its decisions in resolution 2046 that Sudan and
South Sudan shall unconditionally withdraw all of their armed forces" (S/RES/2075 (2012) op 5, heldout32 17; S/RES/2047
(2012) op 5) gave no mandate, as only the singular "Reiterates its decision that" was read (verbs.yaml `reiterated`).
The plural (verbs.yaml `reiterated_plural`) is read where "that" or an infinitive follows, after the resolution that
took the decisions if named: decides, those who shall act. Not a bare reference: "Reiterates its decisions in and the
requirements of resolution 1540 (2004)" (S/RES/2325 (2016) op 1, the README's no-verb ruling), nor a relative "that"
("its decisions that remain in force") or a "to" that opens no infinitive ("its decisions to that effect") (review 50).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2046 (2012),\n\n1. "

CASES = [
    (
        "Reiterates its decisions in resolution 2046 that Sudan and South Sudan shall unconditionally withdraw all of "
        "their armed forces to their side of the border, and activate the necessary border security mechanisms;",
        [("decides", {"state:SDN", "state:SSD"})],
    ),
    (
        "Reiterates its decisions in and the requirements of resolution 1540 (2004), and re-emphasizes the importance "
        "for all States to implement fully and effectively that resolution;",
        [],
    ),
    # a relative "that", a "to" that opens no infinitive: bare references (review 50, 6)
    ("Reiterates its decisions that remain in force under resolution 1970 (2011);", []),
    (
        "Reiterates its decisions that were set out in resolution 2046 (2012) and its demand that all parties cease "
        "fire;",
        [("demands", {"PartiesToConflict"})],
    ),
    ("Reiterates its decisions to that effect in resolution 2046 (2012);", []),
    ("Reiterates its decisions in resolution 2046 (2012), to which the Government has not yet responded;", []),
    (
        "Reiterates its decision that the 1540 Committee shall continue to intensify its efforts;",
        [("decides", {"SanctionsCommittee"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_decisions_reiterated_with_content(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
