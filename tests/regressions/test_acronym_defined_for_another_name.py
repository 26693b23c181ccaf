"""An acronym a paragraph defines for another name stands for that name there, not for the actor of the vocabulary
that shares it: "Invites Member States to designate a Data Protection Officer (DPO) in each ministry, and requests the
DPO to cooperate with the Office" asks no Department of Peace Operations (review of stop 47, finding 7; "DPO" became
an alias of the department in 8077edf). The department's own acronym, bare or defined for its name, still names it
("including DPO and DPPA", heldout29 S/RES/2601 (2021) op 22).
"""

import pytest

from tests.snippets import mandates, resolution

CASES = [
    (
        "GA",
        "1. Invites Member States to designate a Data Protection Officer (DPO) in each ministry, and requests the DPO "
        "to cooperate with the Office;",
        [("invites", {"MemberStates"}), ("requests", set())],
    ),
    (
        "SC",
        "1. Encourages the United Nations Secretariat, including DPO and DPPA, to take into account child protection "
        "when briefing the Council;",
        [("encourages", {"Secretariat", "DPO", "DPPA"})],
    ),
    (
        "SC",
        "1. Requests the Department of Peace Operations (DPO) to support the mission, and requests DPO to report;",
        [("requests", {"DPO"}), ("requests", {"DPO"})],
    ),
]


@pytest.mark.parametrize("organ,text,expected", CASES)
def test_acronym_defined_for_another_name(organ, text, expected):
    r = resolution(text, date="2020-01-01", organ=organ)
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
