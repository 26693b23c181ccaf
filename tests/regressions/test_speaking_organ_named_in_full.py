"""The organ that speaks, named in full in a window of a verb other than its decision, is not asked (issue 12:
"the Council as addressee of its own non-decides verbs"). Only "the Council" was left out before; no gold
has the speaking organ asked by any other verb.

- "Requests the Secretary-General, pending a decision by the Security Council on the establishment of a United
  Nations peacekeeping operation in Liberia, to take the necessary steps" (S/RES/1497 (2003) op 4, S/RES/1527
  (2004) op 6): the Secretary-General.
- "further requests the Secretary-General keep the Security Council informed" (S/RES/2213 (2015) op 10,
  S/RES/2238 (2015) op 13): the Secretary-General.
- "Urges all non-United Nations forces authorised under a Security Council mandate to take adequate measures"
  (S/RES/2272 (2016) op 7): the forces (InternationalSecurityForces, heldout29's id), not the Council.
- Kept: the organ's officers and members ("Requests the President of the Security Council", "Encourages members
  of the Security Council to consider", S/RES/2807 (2025) op 4), its decisions, and the organ named in full as a
  body of the list addressed ("Invites the General Assembly and its Main Committees and the Economic and Social
  Council", A/RES/75/325 op 17; not "all observers of the General Assembly", A/RES/74/269 op 6).
"""

import pytest

from tests.snippets import mandates, snippet

SC = "The Security Council,\n\nRecalling its resolution 2502 (2019),\n\n1. "

CASES = [
    (
        "Requests the Secretary-General, pending a decision by the Security Council on the establishment of a "
        "United Nations peacekeeping operation in Liberia, to take the necessary steps;",
        [("requests", {"SecretaryGeneral"})],
    ),
    (
        "Requests that the Secretary-General continue to maintain the necessary flexibility, and further requests "
        "the Secretary-General keep the Security Council informed prior to such changes;",
        [("requests", {"SecretaryGeneral"}), ("requests", {"SecretaryGeneral"})],
    ),
    (
        "Urges all non-United Nations forces authorised under a Security Council mandate to take adequate measures;",
        [("urges", {"InternationalSecurityForces"})],
    ),
    (
        "Requests the President of the Security Council to transmit this resolution;",
        [("requests", {"SecurityCouncil"})],
    ),
    (
        "Encourages members of the Security Council to consider holding expert level discussions;",
        [("encourages", {"SecurityCouncil"})],
    ),
    (
        "Invites any Member of the Security Council to provide relevant information;",
        [("invites", {"SecurityCouncil"})],
    ),
]


GA = "The General Assembly,\n\nRecalling its resolution 66/181,\n\n1. "
GA_CASES = [
    (
        "Invites the General Assembly and its Main Committees and the Economic and Social Council to continue;",
        [("invites", {"GeneralAssembly", "GACommittees", "ECOSOC"})],
    ),
    # the observers, not the Assembly (the vocabulary reads observers as States, as the golds do)
    ("Invites all observers of the General Assembly to participate in the summit;", [("invites", {"States"})]),
    (
        "Encourages States, United Nations bodies, especially the General Assembly, and the Office of the High "
        "Commissioner to continue;",
        [("encourages", {"States", "UNSystemEntities", "GeneralAssembly", "OHCHR"})],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_speaking_organ_named_in_full(text, expected):
    r = snippet(SC + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected


@pytest.mark.parametrize("text,expected", GA_CASES)
def test_speaking_organ_listed_in_full(text, expected):
    r = snippet(GA + text + "\n")
    assert mandates(r, "verb", "addressees", as_sets=True) == expected
