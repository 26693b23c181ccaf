""" "the Institute" (A/RES/75/197 op 8, E/RES/2025/10 op 2), "the Commission" (A/RES/74/171 op 22,
A/RES/75/198 op 117, A/RES/80/11 op 9), "the Advisory Committee" (A/HRC/RES/59/6 op 16) and "the
Committee" (A/RES/76/158 op 18) name the body of that kind named last before them; they name nothing
when none was, and "the Committee on Enforced Disappearances" is not "the Committee"."""

import pytest

from tests.snippets import mandates, snippet

CASES = [
    # (preamble naming the body, operative paragraph, expected (verb, addressees))
    (
        "Recognizing the United Nations African Institute for the Prevention of Crime and the Treatment of Offenders,",
        "Encourages the Institute to consider focusing on specific vulnerabilities;",
        [("encourages", ("PNIInstitutes",))],
    ),
    (
        "Recalling the United Nations Interregional Crime and Justice Research Institute,",
        "Encourages the Institute to continue to integrate its evidence-based approaches;",
        [("encourages", ("PNIInstitutes",))],
    ),
    (
        "Noting the work of the Commission on Crime Prevention and Criminal Justice,",
        "Requests the Commission to give high priority at its twenty-ninth session to the declaration;",
        [("requests", ("CCPCJ",))],
    ),
    # the commission named last wins
    (
        "Noting the Commission on Crime Prevention and Criminal Justice and the Commission on Narcotic Drugs,",
        "Encourages the Commission to continue to work;",
        [("encourages", ("CND",))],
    ),
    (
        "Welcoming the existing collaboration of the Peacebuilding Commission with regional organizations,",
        "Encourages the Commission to explore opportunities;",
        [("encourages", ("PeacebuildingCommission",))],
    ),
    (
        "Recalling the Commission on the Status of Women,",
        "Invites the Commission to consider the matter;",
        [("invites", ("CSW",))],
    ),
    (
        "Noting the study of the Advisory Committee of the Human Rights Council,",
        "Requests the Advisory Committee to seek input from States;",
        [("requests", ("HRCAdvisoryCommittee",))],
    ),
    (
        "Welcoming the cooperation between the Working Group and the Committee on Enforced Disappearances,",
        "Invites the Chair of the Committee to address the Assembly;",
        [("invites", ("TreatyBodies",))],
    ),
    (
        "Recalling resolution 1267 (1999) and the Committee established pursuant to that resolution,",
        "Requests the Committee to review its guidelines;",
        [("requests", ("SanctionsCommittee",))],
    ),
    # nothing named before: nothing to stand for
    ("Recalling its resolution 66/181,", "Requests the Commission to consider the matter;", [("requests", ())]),
    ("Recalling its resolution 66/181,", "Encourages the Institute to continue;", [("encourages", ())]),
    # a name that goes on is another name
    (
        "Recalling the Committee established pursuant to resolution 1267 (1999),",
        "Invites the Committee on Enforced Disappearances to continue;",
        [("invites", ("TreatyBodies",))],
    ),
]


@pytest.mark.parametrize("pre,text,expected", CASES)
def test_the_body_named_before(pre, text, expected):
    r = snippet(f"The General Assembly,\n\n{pre}\n\n1. {text}\n")
    assert mandates(r, "verb", "addressees") == expected
